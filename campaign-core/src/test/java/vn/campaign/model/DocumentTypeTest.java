package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypeTest {

    @ParameterizedTest
    @CsvSource({
        "KH, Kế hoạch, Plan",
        "HD, Hướng dẫn, Guidance",
        "NQ, Nghị quyết, Resolution",
        "NQLT, Nghị quyết liên tịch, Joint resolution",
        "QĐ, Quyết định, Decision",
        "CT, Chỉ thị, Directive",
        "TT, Thông tư, Circular",
        "TTLT, Thông tư liên tịch, Joint circular",
        "NĐ, Nghị định, Decree",
        "TB, Thông báo, Notice",
        "BC, Báo cáo, Report",
        "CTr, Chương trình, Programme",
        "KL, Kết luận, Conclusion",
        "QC, Quy chế, Regulation",
        "QyĐ, Quy định, Rules",
        "PA, Phương án, Scheme",
        "ĐA, Đề án, Project",
        "TTr, Tờ trình, Proposal",
        "L, Luật, Law",
    })
    void of_returnsKnownTypeWithLabels(String code, String vietnamese, String english) {
        DocumentType type = DocumentType.of(code);

        assertThat(type.isKnown()).isTrue();
        assertThat(type.code()).isEqualTo(code);
        assertThat(type.label(Language.VI)).isEqualTo(vietnamese);
        assertThat(type.label()).isEqualTo(vietnamese);
        assertThat(type.label(Language.EN)).isEqualTo(english);
        assertThat(DocumentType.knownTypes()).containsOnlyOnce(type);
    }

    @Test
    void of_returnsTheConstants() {
        assertThat(DocumentType.of("KH")).isSameAs(DocumentType.PLAN);
        assertThat(DocumentType.of("QĐ")).isSameAs(DocumentType.DECISION);
        assertThat(DocumentType.of("NĐ")).isSameAs(DocumentType.DECREE);
        assertThat(DocumentType.of("QyĐ")).isSameAs(DocumentType.RULES);
        assertThat(DocumentType.knownTypes()).hasSize(19);
    }

    @Test
    void of_keepsUnknownCodeAsOther() {
        DocumentType minutes = DocumentType.of("BB");

        assertThat(minutes.isKnown()).isFalse();
        assertThat(minutes.code()).isEqualTo("BB");
        assertThat(minutes.label(Language.VI)).isEqualTo("BB");
        assertThat(minutes.label(Language.EN)).isEqualTo("Other (BB)");
        assertThat(minutes).hasToString("BB");
    }

    @Test
    void of_isCaseSensitive() {
        assertThat(DocumentType.of("kh").isKnown()).isFalse();
        assertThat(DocumentType.of("kh")).isNotEqualTo(DocumentType.PLAN);
    }

    @Test
    void of_normalisesToNfc() {
        String decomposed = Normalizer.normalize("Thông", Normalizer.Form.NFD);

        assertThat(DocumentType.of(decomposed).code()).isEqualTo("Thông").hasSize(5);
        assertThat(DocumentType.of(decomposed)).isEqualTo(DocumentType.of("Thông"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "K H", " KH", "KH\t", "KH/", "/", "K\u00A0H", "K\nH"})
    void of_rejectsBlankSpacesAndSlash(String code) {
        assertThatThrownBy(() -> DocumentType.of(code))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document type code: \"" + code
                        + "\" (a code is not blank and has no spaces, control characters or '/')");
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> DocumentType.of(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void label_rejectsNullLanguage() {
        assertThatThrownBy(() -> DocumentType.PLAN.label(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }

    @Test
    void toString_roundTrips() {
        for (DocumentType type : DocumentType.knownTypes()) {
            assertThat(DocumentType.of(type.toString())).isSameAs(type);
        }
        assertThat(DocumentType.of(DocumentType.of("BB").toString())).isEqualTo(DocumentType.of("BB"));
    }

    @Test
    void equalsAndHashCode_dependOnCodeOnly() {
        DocumentType other = DocumentType.of("BB");
        DocumentType same = DocumentType.of("BB");

        assertThat(other).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(other).isNotEqualTo(DocumentType.of("BBX")).isNotEqualTo(DocumentType.PLAN);
        // Two instances of one code, written precomposed and decomposed: equal once NFC-normalised.
        assertThat(DocumentType.of("T\u1EDC")).isEqualTo(DocumentType.of("T\u01A0\u0300"))
                .hasSameHashCodeAs(DocumentType.of("T\u01A0\u0300"));
        assertThat(DocumentType.PLAN).isNotEqualTo(DocumentType.GUIDANCE);
        assertThat(DocumentType.PLAN).isNotEqualTo(null).isNotEqualTo("KH");
    }
}
