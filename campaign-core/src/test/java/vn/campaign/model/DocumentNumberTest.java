package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentNumberTest {

    private static final String EXPECTED = "expected like 457/KH-MTTQ-BTT, 121/2017/TT-BTC or 10-CT/TW";

    @Test
    void parse_readsAdministrativeNumber() {
        DocumentNumber number = DocumentNumber.parse("457/KH-MTTQ-BTT");

        assertThat(number.style()).isEqualTo(DocumentNumber.Style.ADMINISTRATIVE);
        assertThat(number.number()).isEqualTo("457");
        assertThat(number.numberValue()).isEqualTo(457);
        assertThat(number.year()).isEqualTo(OptionalInt.empty());
        assertThat(number.type()).contains(DocumentType.PLAN);
        assertThat(number.issuerCode()).isEqualTo("MTTQ-BTT");
        assertThat(number.symbol()).isEqualTo("KH-MTTQ-BTT");
    }

    @Test
    void parse_readsVietnameseLettersInTypeAndIssuer() {
        DocumentNumber resolution = DocumentNumber.parse("26/NQ-MTTW-ĐCT");
        DocumentNumber decision = DocumentNumber.parse("1198/QĐ-MTTW-ĐCT");

        assertThat(resolution.type()).contains(DocumentType.RESOLUTION);
        assertThat(resolution.issuerCode()).isEqualTo("MTTW-ĐCT");
        assertThat(decision.type()).contains(DocumentType.DECISION);
        assertThat(decision.numberValue()).isEqualTo(1198);
    }

    @Test
    void parse_readsGuidanceOfCentralStandingCommittee() {
        DocumentNumber number = DocumentNumber.parse("113/HD-MTTW-BTT");

        assertThat(number).isEqualTo(DocumentNumber.administrative("113", DocumentType.GUIDANCE, "MTTW-BTT"));
        assertThat(DocumentNumber.parse("96/HD-MTTW-BTT").numberValue()).isEqualTo(96);
    }

    @Test
    void parse_readsNormativeNumberWithYear() {
        DocumentNumber number = DocumentNumber.parse("121/2017/TT-BTC");

        assertThat(number.style()).isEqualTo(DocumentNumber.Style.NORMATIVE);
        assertThat(number.number()).isEqualTo("121");
        assertThat(number.year()).isEqualTo(OptionalInt.of(2017));
        assertThat(number.type()).contains(DocumentType.CIRCULAR);
        assertThat(number.issuerCode()).isEqualTo("BTC");
        assertThat(number.symbol()).isEqualTo("2017/TT-BTC");
        assertThat(number).isEqualTo(DocumentNumber.normative("121", 2017, DocumentType.CIRCULAR, "BTC"));
    }

    @Test
    void parse_readsJointCircularWithHyphenatedIssuer() {
        DocumentNumber number = DocumentNumber.parse("14/2014/TTLT-BTC-BTP");

        assertThat(number.type()).contains(DocumentType.JOINT_CIRCULAR);
        assertThat(number.issuerCode()).isEqualTo("BTC-BTP");
        assertThat(DocumentNumber.parse("91/2017/NĐ-CP").type()).contains(DocumentType.DECREE);
    }

    @Test
    void parse_readsNormativeNumberWithoutType() {
        DocumentNumber number = DocumentNumber.parse("202/2025/QH15");

        assertThat(number.type()).isEmpty();
        assertThat(number.issuerCode()).isEqualTo("QH15");
        assertThat(number.year()).isEqualTo(OptionalInt.of(2025));
        assertThat(number.symbol()).isEqualTo("2025/QH15");
        assertThat(number).isEqualTo(DocumentNumber.normative("202", 2025, "QH15"));
        assertThat(DocumentNumber.parse("97/2025/QH15")).hasToString("97/2025/QH15");
    }

    @Test
    void parse_readsPartyNumber() {
        DocumentNumber number = DocumentNumber.parse("10-CT/TW");

        assertThat(number.style()).isEqualTo(DocumentNumber.Style.PARTY);
        assertThat(number.number()).isEqualTo("10");
        assertThat(number.year()).isEmpty();
        assertThat(number.type()).contains(DocumentType.DIRECTIVE);
        assertThat(number.issuerCode()).isEqualTo("TW");
        assertThat(number.symbol()).isEqualTo("CT/TW");
        assertThat(number).isEqualTo(DocumentNumber.party("10", DocumentType.DIRECTIVE, "TW"));
        assertThat(DocumentNumber.parse("353-KL/TU").type()).contains(DocumentType.CONCLUSION);
    }

    @Test
    void parse_keepsLeadingZeros() {
        DocumentNumber number = DocumentNumber.parse("05/KH-MTTQ-BTT");

        assertThat(number.number()).isEqualTo("05");
        assertThat(number.numberValue()).isEqualTo(5);
        assertThat(number).hasToString("05/KH-MTTQ-BTT");
        assertThat(number).isNotEqualTo(DocumentNumber.parse("5/KH-MTTQ-BTT"));
    }

    @Test
    void parse_keepsUnknownTypeAsOther() {
        DocumentNumber number = DocumentNumber.parse("12/BB-MTTQ-BTT");

        assertThat(number.type()).hasValueSatisfying(type -> {
            assertThat(type.isKnown()).isFalse();
            assertThat(type.code()).isEqualTo("BB");
        });
    }

    @Test
    void parse_trimsAndNormalisesToNfc() {
        String decomposed = "7/KH-MTTQ-BT\u0054\u0055\u0309"; // "Ủ" as U + combining hook above

        assertThat(DocumentNumber.parse("  457/KH-MTTQ-BTT\n")).hasToString("457/KH-MTTQ-BTT");
        assertThat(DocumentNumber.parse(decomposed).issuerCode()).isEqualTo("MTTQ-BTTỦ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "457/KH-MTTQ-BTT", "113/HD-MTTW-BTT", "26/NQ-MTTW-ĐCT", "96/HD-MTTW-BTT", "1198/QĐ-MTTW-ĐCT",
        "05/KH-MTTQ-BTT", "121/2017/TT-BTC", "14/2014/TTLT-BTC-BTP", "91/2017/NĐ-CP", "202/2025/QH15",
        "10-CT/TW", "353-KL/TU", "999999/QyĐ-BVĐ"
    })
    void parse_roundTrips(String text) {
        DocumentNumber number = DocumentNumber.parse(text);

        assertThat(number).hasToString(text);
        assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number);
    }

    @Test
    void factories_roundTripThroughParse() {
        DocumentNumber[] numbers = {
            DocumentNumber.administrative("457", DocumentType.PLAN, "MTTQ-BTT"),
            DocumentNumber.normative("121", 2017, DocumentType.CIRCULAR, "BTC"),
            DocumentNumber.normative("202", 2025, "QH15"),
            DocumentNumber.party("10", DocumentType.DIRECTIVE, "TW"),
        };
        for (DocumentNumber number : numbers) {
            assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "457/KH   | missing the issuer code",
        "457/KH-  | missing the issuer code",
        "121/2017/TT- | missing the issuer code",
        "10-CT    | missing the issuer code",
        "10-CT/   | missing the issuer code",
    })
    void parse_rejectsMissingIssuerCode(String text, String reason) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"" + text + "\" (" + reason + "; " + EXPECTED + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"457 /KH-MTTQ-BTT", "Số 457/KH-MTTQ-BTT", "457/KH-MTTQ BTT", "457/KH-MTTQ\u00A0BTT"})
    void parse_rejectsSpacesInside(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"" + text + "\" (contains a space; " + EXPECTED + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0/KH-MTTQ-BTT", "000/KH-MTTQ-BTT", "1234567/KH-MTTQ-BTT", "0/2017/TT-BTC", "00-CT/TW"})
    void parse_rejectsBadNumber(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"" + text
                        + "\" (the number must be 1 to 6 digits, not all zeros; " + EXPECTED + ")");
    }

    @Test
    void parse_rejectsYearBelowOneThousand() {
        assertThatThrownBy(() -> DocumentNumber.parse("1/0999/TT-BTC"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"1/0999/TT-BTC\" (the year must be from 1000 to 9999; "
                        + EXPECTED + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "KH-MTTQ-BTT", "457", "457/", "/KH-MTTQ-BTT", "457/KH--MTTQ", "457/KH-MTTQ-", "457/KH-MTTQ/BTT",
        "121/17/TT-BTC", "10-CT/TW/X", "457/1KH-MTTQ", "457.KH-MTTQ", "١٢/KH-MTTQ"
    })
    void parse_rejectsOtherShapes(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"" + text + "\" (" + EXPECTED + ")");
    }

    @Test
    void parse_rejectsEmpty() {
        assertThatThrownBy(() -> DocumentNumber.parse("  "))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"  \" (empty; " + EXPECTED + ")");
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> DocumentNumber.parse(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void factories_rejectInvalidParts() {
        assertThatThrownBy(() -> DocumentNumber.administrative("4a", DocumentType.PLAN, "MTTQ"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a document number: \"4a\" (expected 1 to 6 digits, not all zeros)");
        assertThatThrownBy(() -> DocumentNumber.administrative("4", DocumentType.of("K.H"), "MTTQ"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document type \"K.H\" cannot be written in a document number"
                        + " (expected a letter then letters and digits)");
        assertThatThrownBy(() -> DocumentNumber.party("4", DocumentType.PLAN, "MTTQ--BTT"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an issuer code: \"MTTQ--BTT\""
                        + " (expected letters and digits in parts joined by hyphens, like MTTQ-BTT)");
        assertThatThrownBy(() -> DocumentNumber.normative("4", 999, DocumentType.CIRCULAR, "BTC"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Year 999 is out of range (expected 1000 to 9999)");
        assertThatThrownBy(() -> DocumentNumber.normative("4", 2025, "QH-15"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an issuer code for a normative document without type: \"QH-15\""
                        + " (expected letters and digits only, like QH15)");
        assertThatThrownBy(() -> DocumentNumber.administrative("4", null, "MTTQ"))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("type");
    }

    @Test
    void equalsAndHashCode_dependOnAllParts() {
        DocumentNumber number = DocumentNumber.parse("457/KH-MTTQ-BTT");
        DocumentNumber same = DocumentNumber.administrative("457", DocumentType.PLAN, "MTTQ-BTT");

        assertThat(number).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(number)
                .isNotEqualTo(DocumentNumber.parse("458/KH-MTTQ-BTT"))
                .isNotEqualTo(DocumentNumber.parse("457/HD-MTTQ-BTT"))
                .isNotEqualTo(DocumentNumber.parse("457/KH-MTTW-BTT"))
                .isNotEqualTo(DocumentNumber.parse("457-KH/MTTQ-BTT"))
                .isNotEqualTo(DocumentNumber.parse("457/2024/KH-MTTQ-BTT"))
                .isNotEqualTo(null)
                .isNotEqualTo("457/KH-MTTQ-BTT");
        assertThat(DocumentNumber.parse("1/2024/TT-BTC")).isNotEqualTo(DocumentNumber.parse("1/2025/TT-BTC"));
    }

    @Test
    void isFrontCircular_readsTTWithoutYearFromTheFrontAsAThongTri() {
        DocumentNumber thongTri = DocumentNumber.parse("17/TT-MTTW-BTT");

        assertThat(thongTri.style()).isEqualTo(DocumentNumber.Style.ADMINISTRATIVE);
        assertThat(thongTri.type()).contains(DocumentType.CIRCULAR);
        assertThat(thongTri.isFrontCircular()).isTrue();
        assertThat(thongTri.isNormativeCircular()).isFalse();
        assertThat(thongTri.typeLabels()).contains(new Labels("Thông tri", "Front circular"));
        assertThat(DocumentNumber.parse("04/TT-MTTW-BTT").isFrontCircular()).isTrue();
        assertThat(DocumentNumber.parse("01/TT-MTTQ-BTT").isFrontCircular()).isTrue();
        assertThat(thongTri).hasToString("17/TT-MTTW-BTT");
    }

    @Test
    void isNormativeCircular_readsTTWithYearAsAThongTu() {
        DocumentNumber thongTu = DocumentNumber.parse("121/2017/TT-BTC");

        assertThat(thongTu.isNormativeCircular()).isTrue();
        assertThat(thongTu.isFrontCircular()).isFalse();
        assertThat(thongTu.typeLabels()).contains(new Labels("Thông tư", "Circular"));
    }

    @Test
    void isFrontCircular_isFalseForAnotherTypeOrIssuerOrStyle() {
        assertThat(DocumentNumber.parse("113/HD-MTTW-BTT").isFrontCircular()).isFalse();
        assertThat(DocumentNumber.parse("05/TT-UBND").isFrontCircular()).isFalse();
        assertThat(DocumentNumber.parse("05/TT-UBND").typeLabels()).contains(DocumentType.CIRCULAR.labels());
        assertThat(DocumentNumber.parse("01-TT/TW").isFrontCircular()).isFalse();
        assertThat(DocumentNumber.parse("14/2014/TTLT-BTC-BTP").isNormativeCircular()).isFalse();
        assertThat(DocumentNumber.parse("457/KH-MTTQ-BTT").typeLabels()).contains(DocumentType.PLAN.labels());
        assertThat(DocumentNumber.parse("72/2025/QH15").typeLabels()).isEmpty();
    }
}
