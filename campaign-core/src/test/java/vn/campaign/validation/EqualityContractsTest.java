package vn.campaign.validation;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;

/**
 * The equals/hashCode contract of validation reports (of findings: {@code vn.campaign.finding}), checked whole by EqualsVerifier: two runs of
 * the validator on equal plans must give equal reports, which tests and the benchmarks rely on.
 */
class EqualityContractsTest {

    private static final Finding RED = Finding.of(ValidationCode.UNKNOWN_ACTOR, PlanPointer.parse("/sections/0"), "x");
    private static final Finding BLUE = Finding.of(ValidationCode.EMPTY_LIST, PlanPointer.parse("/actors"));

    @Test
    void validationReport_isEqualByFindings() {
        EqualsVerifier.forClass(ValidationReport.class)
                .withPrefabValues(Finding.class, RED, BLUE)
                .withNonnullFields("findings")
                .verify();
    }
}
