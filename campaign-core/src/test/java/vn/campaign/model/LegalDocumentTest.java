package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegalDocumentTest {

    private static LegalDocument circular(Optional<LocalDate> from, Optional<LocalDate> until) {
        return new LegalDocument(DocumentType.CIRCULAR, DocumentNumber.parse("139/2010/TT-BTC"),
                LocalDate.of(2010, 9, 21), from, until, Optional.empty(), Verification.PARTLY_VERIFIED,
                "docs/legal-sources.md §6");
    }

    @Test
    void citation_isTheTypeAndTheNumber_alsoForANumberWithoutType() {
        assertThat(LegalFacts.LOCAL_GOVERNMENT_LAW_2025.citation()).isEqualTo("Luật 72/2025/QH15");
        assertThat(LegalFacts.CONSTITUTION_AMENDMENT_2025).hasToString("Nghị quyết 203/2025/QH15");
        assertThat(LegalFacts.CAMPAIGN_FUNDING_CIRCULAR.citation()).isEqualTo("Thông tư 121/2017/TT-BTC");
        assertThat(LegalFacts.COMMENDATION_DECREE_2023.citation()).isEqualTo("Nghị định 98/2023/NĐ-CP");
    }

    @Test
    void isInForceOn_fromTheFirstDayToTheLast() {
        LegalDocument document = circular(Optional.of(LocalDate.of(2010, 11, 5)), Optional.of(LocalDate.of(2018, 6, 14)));

        assertThat(document.isInForceOn(LocalDate.of(2010, 11, 4))).isFalse();
        assertThat(document.isInForceOn(LocalDate.of(2010, 11, 5))).isTrue();
        assertThat(document.isInForceOn(LocalDate.of(2018, 6, 14))).isTrue();
        assertThat(document.isInForceOn(LocalDate.of(2018, 6, 15))).isFalse();
    }

    @Test
    void isInForceOn_isFalseWhereNoSourceGaveTheFirstDay() {
        LegalDocument document = circular(Optional.empty(), Optional.of(LocalDate.of(2018, 6, 14)));

        assertThat(document.isInForceOn(LocalDate.of(2015, 1, 1))).isFalse();
    }

    @Test
    void constructor_rejectsATypeTheNumberContradicts() {
        assertThatThrownBy(() -> new LegalDocument(DocumentType.DECREE, DocumentNumber.parse("36/2018/TT-BTC"),
                LocalDate.of(2018, 3, 30), Optional.empty(), Optional.empty(), Optional.empty(), Verification.VERIFIED,
                "docs/legal-sources.md §6"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document 36/2018/TT-BTC is of type TT, not NĐ");
    }

    @Test
    void constructor_rejectsAnEntryIntoForceBeforeTheDate() {
        assertThatThrownBy(() -> circular(Optional.of(LocalDate.of(2010, 9, 20)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document 139/2010/TT-BTC is in force (2010-09-20) before its date (2010-09-21)");
    }

    @Test
    void constructor_rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> circular(Optional.of(LocalDate.of(2010, 11, 5)), Optional.of(LocalDate.of(2010, 11, 4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document 139/2010/TT-BTC ends (2010-11-04) before it starts (2010-11-05)");
    }

    @Test
    void constructor_rejectsABlankEvidence() {
        assertThatThrownBy(() -> new LegalDocument(DocumentType.CIRCULAR, DocumentNumber.parse("36/2018/TT-BTC"),
                LocalDate.of(2018, 3, 30), Optional.empty(), Optional.empty(), Optional.empty(), Verification.VERIFIED,
                " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document 36/2018/TT-BTC needs its evidence");
    }

    @Test
    void verification_hasLabelsInBothLanguages() {
        assertThat(Verification.INFERRED.label(Language.VI)).isEqualTo("Suy luận");
        assertThat(Verification.PARTLY_VERIFIED.label(Language.EN)).isEqualTo("Partly verified");
        assertThat(Verification.VERIFIED.code()).isEqualTo("VERIFIED");
    }
}
