package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;

/**
 * The units, households and area status of a budget line (format 1.2): written only when they say
 * something, read back equal, and the version label raised only for them.
 */
class BudgetLineUnitsJsonTest {

    private static final PlanJson JSON = PlanJson.create();

    private static Plan withLine(BudgetLine line) {
        Plan plan = SamplePlans.konRay();
        return plan.toBuilder().funding(Funding.of(plan.funding().sources(), List.of(line))).build();
    }

    private static BudgetLine line() {
        return BudgetLine.of("areas", FundingItem.RESIDENTIAL_TEAM_SUPPORT, "state-budget", Money.vnd(60_000_000));
    }

    @Test
    void unitsHouseholdsAndArea_roundTripAsFormat12() throws Exception {
        Plan plan = withLine(line().forUnits(12).withHouseholds(950)
                .inArea(AreaStatus.difficult("Quyết định 861/QĐ-TTg").asOf(LocalDate.of(2024, 1, 1))));

        String text = JSON.write(plan);

        assertThat(text).startsWith("{\n  \"schemaVersion\": \"1.2\"")
                .contains("\"units\": 12,\n", "\"households\": 950,\n",
                        "\"area\": {\n", "\"difficult\": true,\n", "\"source\": \"Quyết định 861/QĐ-TTg\",\n",
                        "\"date\": \"2024-01-01\"\n");
        assertThat(JSON.read(text)).isEqualTo(plan);
        assertThat(JSON.write(JSON.read(text))).isEqualTo(text);
    }

    @Test
    void aLineOfOneUnitWithoutFacts_keepsTheOlderVersionAndWritesNoNewMember() {
        String text = JSON.write(withLine(line()));

        assertThat(text).doesNotContain("\"schemaVersion\": \"1.2\"").doesNotContain("\"units\"")
                .doesNotContain("\"households\"").doesNotContain("\"area\"");
    }

    @Test
    void noUnit_isAnInvalidValueAtTheLine() throws Exception {
        String text = JSON.write(withLine(line().forUnits(2))).replace("\"units\": 2", "\"units\": 0");

        PlanReadException e = PlanReadExceptionTest.failure(JSON, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(e.errorCode()).isEqualTo(ReadErrorCode.INVALID_VALUE);
        assertThat(e.pointer()).isEqualTo("/funding/budgetLines/0");
        assertThat(e.detail()).isEqualTo("A budget line pays for at least one unit: 0");
    }

    @Test
    void anAreaWithAnotherMember_isAnUnknownMember_notADroppedOne() throws Exception {
        String text = JSON.write(withLine(line().inArea(AreaStatus.normal("QĐ"))))
                .replace("\"source\": \"QĐ\"", "\"sourceX\": \"QĐ\"");

        PlanReadException e = PlanReadExceptionTest.failure(JSON, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(e.errorCode()).isEqualTo(ReadErrorCode.UNKNOWN_MEMBER);
        assertThat(e.pointer()).isEqualTo("/funding/budgetLines/0/area/sourceX");
        assertThat(e.detail()).isEqualTo("an area status has no member \"sourceX\"");
    }
}
