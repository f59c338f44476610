package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DocumentNumberIdentityTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
        "457/KH-MTTQ-BTT, 0457/KH-MTTQ-BTT",
        "5/KH-MTTQ-BTT, 05/KH-MTTQ-BTT",
        "12/QĐ-MTTQ-BTT, 12/QD-MTTQ-BTT",
        "12/QĐ-MTTQ-BTT, 012/qđ-mttq-btt",
        "121/2017/TT-BTC, 121/2017/tt-btc",
        "10-CT/TW, 010-CT/TW",
    })
    void sameDocument_ignoresLeadingZerosCaseAndDStroke(String a, String b) {
        DocumentNumber left = DocumentNumber.parse(a);
        DocumentNumber right = DocumentNumber.parse(b);

        assertThat(left.sameDocument(right)).isTrue();
        assertThat(right.sameDocument(left)).isTrue();
        assertThat(left.identityKey()).isEqualTo(right.identityKey());
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource({
        "457/KH-MTTQ-BTT, 458/KH-MTTQ-BTT",
        "457/KH-MTTQ-BTT, 457/HD-MTTQ-BTT",
        "457/KH-MTTQ-BTT, 457/KH-MTTW-BTT",
        "50/KH-MTTQ-BTT, 5/KH-MTTQ-BTT",
        "121/2017/TT-BTC, 121/2018/TT-BTC",
        "10-CT/TW, 10/CT-TW",
    })
    void sameDocument_tellsDifferentDocumentsApart(String a, String b) {
        assertThat(DocumentNumber.parse(a).sameDocument(DocumentNumber.parse(b))).isFalse();
    }

    @Test
    void identityKey_isTheNumberWithoutZerosAndTheSymbolInCapitals() {
        assertThat(DocumentNumber.parse("05/kh-MTTQ-BTT").identityKey()).isEqualTo("5/KH-MTTQ-BTT");
        assertThat(DocumentNumber.parse("04/QĐ-MTTQ").identityKey()).isEqualTo("4/QD-MTTQ");
        assertThat(DocumentNumber.parse("05/kh-MTTQ-BTT").toString()).isEqualTo("05/kh-MTTQ-BTT");
    }

    @Test
    void sameDocument_rejectsNull() {
        assertThatThrownBy(() -> DocumentNumber.parse("5/KH-MTTQ-BTT").sameDocument(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }
}
