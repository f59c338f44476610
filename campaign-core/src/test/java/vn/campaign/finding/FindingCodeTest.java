package vn.campaign.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.ComplianceCode;
import vn.campaign.model.Language;
import vn.campaign.validation.ValidationCode;

/** The look-up of codes across the registered catalogues, and what a catalogue gives its codes. */
class FindingCodeTest {

    @Test
    void of_findsACodeOfAnyRegisteredCatalogue() {
        assertThat(FindingCode.of("UNKNOWN_ACTOR")).contains(ValidationCode.UNKNOWN_ACTOR);
        assertThat(FindingCode.of("PARENT_NOT_CITED")).contains(ComplianceCode.PARENT_NOT_CITED);
        assertThat(FindingCode.of("NOT_A_CODE")).isEmpty();
        assertThat(FindingCode.of("unknown_actor")).isEmpty();
    }

    @Test
    void ofAType_findsOnlyTheConstantsOfThatEnum() {
        assertThat(FindingCode.of(ValidationCode.class, "UNKNOWN_ACTOR")).contains(ValidationCode.UNKNOWN_ACTOR);
        assertThat(FindingCode.of(ValidationCode.class, "PARENT_NOT_CITED")).isEmpty();
        assertThat(FindingCode.of(ComplianceCode.class, "PARENT_NOT_CITED")).contains(ComplianceCode.PARENT_NOT_CITED);
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> FindingCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> FindingCode.of(null, "X")).isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> FindingCode.of(ValidationCode.class, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void messageAndHint_ofACode_comeFromItsCatalogue() {
        assertThat(ComplianceCode.PARENT_NOT_FOUND.message(Language.EN, List.of("457/KH-MTTQ-BTT")))
                .contains("457/KH-MTTQ-BTT").doesNotContain("{0}");
        assertThat(ComplianceCode.PARENT_NOT_FOUND.hint(Language.VI, List.of("457/KH-MTTQ-BTT"))).isNotBlank();
        assertThatThrownBy(() -> ValidationCode.BLANK_TEXT.message(null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void locale_isTheRootForVietnameseAndEnglishForEnglish() {
        assertThat(FindingCatalogue.locale(Language.VI)).isEqualTo(Locale.ROOT);
        assertThat(FindingCatalogue.locale(Language.EN)).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> FindingCatalogue.locale(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }
}
