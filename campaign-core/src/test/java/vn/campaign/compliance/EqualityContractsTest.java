package vn.campaign.compliance;

import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.validation.ValidationCode;

/**
 * The equals/hashCode contract of compliance reports, checked whole by EqualsVerifier:
 * two checks of equal plan sets must give equal reports.
 */
class EqualityContractsTest {

    private static final Finding RED = Finding.of(ValidationCode.UNKNOWN_ACTOR, PlanPointer.parse("/sections/0"), "x")
            .inFile("kon-ray-2024.json");
    private static final Finding BLUE = Finding.of(ValidationCode.EMPTY_LIST, PlanPointer.parse("/actors"));

    @Test
    void complianceReport_isEqualByFindingsFilesRulesRuleDataAndProfile() {
        EqualsVerifier.forClass(ComplianceReport.class)
                .withPrefabValues(Finding.class, RED, BLUE)
                .withNonnullFields("findings", "files", "ruleIds", "ruleDataVersion", "profile")
                .verify();
    }
}
