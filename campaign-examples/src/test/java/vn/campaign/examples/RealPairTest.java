package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.importer.PlanImporter;
import vn.campaign.model.Plan;

/**
 * The parent and child both in the corpus of real documents, each imported from its text and checked
 * one against the other: the commune Front's plan for the three consultation conferences
 * ("Thực hiện Kế hoạch số 16/KH-MTTQ-BTT ngày 18/11/2025") against that commune's election plan
 * 16/KH-MTTQ-BTT. The two documents do not differ where the check looks, so the check finds nothing.
 */
class RealPairTest {

    private static Plan imported(String name) throws IOException {
        try (InputStream in = RealPairTest.class.getResourceAsStream("/real/" + name + ".md")) {
            return PlanImporter.create().importMarkdown(new String(in.readAllBytes(), StandardCharsets.UTF_8)).plan()
                    .orElseThrow();
        }
    }

    @Test
    void theConsultationPlan_compliesWithTheCommunesElectionPlanItImplements() throws IOException {
        NamedPlan parent = new NamedPlan("kh-16-2025", imported("kh-16-2025-mttq-xa-luong-minh-cong-tac-bau-cu"));
        NamedPlan child = new NamedPlan("kh-2025-11-25",
                imported("kh-2025-11-25-mttq-xa-luong-minh-hoi-nghi-hiep-thuong"));

        ComplianceReport report = ComplianceChecker.create().check(child, parent);

        assertThat(child.plan().parentPlan().flatMap(reference -> reference.number()).map(Object::toString))
                .contains("16/KH-MTTQ-BTT");
        assertThat(parent.plan().level()).isEqualTo(child.plan().level());
        assertThat(report.findings()).as(report.toString()).isEmpty();
    }
}
