package vn.campaign.compliance;

import java.util.Optional;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;
import vn.campaign.validation.Finding;
import vn.campaign.validation.FindingCode;

/**
 * The equals/hashCode contract of compliance findings and reports, checked whole by EqualsVerifier:
 * two checks of equal plan sets must give equal reports.
 */
class EqualityContractsTest {

    private static final Finding RED = Finding.of(FindingCode.UNKNOWN_ACTOR, "/sections/0", "x");
    private static final Finding BLUE = Finding.of(FindingCode.EMPTY_LIST, "/actors");

    /** Built through the canonical constructor, which refuses nulls: every field gets two values. */
    @Test
    void complianceFinding_isEqualByFileFindingAndParent() {
        EqualsVerifier.forClass(ComplianceFinding.class)
                .withPrefabValuesForField("finding", RED, BLUE)
                .withPrefabValuesForField("file", "kon-ray-2024.json", "kh-457-2024-tinh-kon-tum.json")
                .withPrefabValuesForField("parentFile", Optional.empty(), Optional.of("kh-457-2024-tinh-kon-tum.json"))
                .withPrefabValuesForField("parentPointer", Optional.empty(), Optional.of("/sections/1"))
                .verify();
    }

    @Test
    void complianceReport_isEqualByFindingsFilesRulesRuleDataAndProfile() {
        EqualsVerifier.forClass(ComplianceReport.class)
                .withPrefabValues(Finding.class, RED, BLUE)
                .withNonnullFields("findings", "files", "ruleIds", "ruleDataVersion", "profile")
                .verify();
    }
}
