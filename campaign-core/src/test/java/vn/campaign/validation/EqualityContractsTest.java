package vn.campaign.validation;

import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/**
 * The equals/hashCode contract of findings and reports, checked whole by EqualsVerifier: two runs of
 * the validator on equal plans must give equal reports, which tests and the benchmarks rely on.
 */
class EqualityContractsTest {

    private static final Finding RED = Finding.of(FindingCode.UNKNOWN_ACTOR, "/sections/0", "x");
    private static final Finding BLUE = Finding.of(FindingCode.EMPTY_LIST, "/actors");

    /**
     * Built through the canonical constructor, which refuses nulls and accepts only JSON Pointers: every
     * field gets two values it accepts.
     */
    @Test
    void finding_isEqualByCodeSeverityPointerAndArguments() {
        EqualsVerifier.forClass(Finding.class)
                .withPrefabValuesForField("code", "UNKNOWN_ACTOR", "EMPTY_LIST")
                .withPrefabValuesForField("severity", Severity.ERROR, Severity.WARNING)
                .withPrefabValuesForField("pointer", "", "/sections/0")
                .withPrefabValuesForField("arguments", List.of("x"), List.of())
                .verify();
    }

    @Test
    void validationReport_isEqualByFindings() {
        EqualsVerifier.forClass(ValidationReport.class)
                .withPrefabValues(Finding.class, RED, BLUE)
                .withNonnullFields("findings")
                .verify();
    }
}
