package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.testing.Fixtures.child;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;

/**
 * The support minimums of Circular 121/2017/TT-BTC computed per unit, as the circular sets them: a
 * residential-area team at least 5.000.000 đồng a year under 700 households, 1.000.000 more for each
 * further 200 households, 1.000.000 more in a difficult area; a line may pay for several units.
 */
class SupportMinimumRuleTest {

    private static final ComplianceChecker FUNDING = ComplianceChecker.builder()
            .onlyRules(List.of(BuiltInRules.FUNDING)).build();

    private static List<Finding> check(BudgetLine line) {
        Plan plan = child().build();
        plan = plan.toBuilder().funding(Funding.of(plan.funding().sources(), List.of(line))).build();
        return FUNDING.check(new NamedPlan("child.json", plan), new NamedPlan("parent.json",
                vn.campaign.testing.Fixtures.parent())).findings();
    }

    private static BudgetLine areas(long amount) {
        return BudgetLine.of("areas", FundingItem.RESIDENTIAL_TEAM_SUPPORT, "state-budget", Money.vnd(amount));
    }

    @Test
    void aLineForTwelveAreasOfFourMillionEach_isBelowTwelveMinimums() {
        List<Finding> findings = check(areas(48_000_000).forUnits(12));

        assertThat(findings).extracting(Finding::code, f -> f.pointer().toString(), Finding::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SUPPORT_BELOW_MINIMUM",
                        "/funding/budgetLines/0/amount", List.of("48.000.000 đồng", "60.000.000 đồng",
                                "Thông tư 121/2017/TT-BTC", "12", "5.000.000 đồng", "—", "—")));
        assertThat(findings.get(0).message(Language.EN)).contains("12 unit(s) × 5.000.000 đồng",
                "where the plan does not say, the lowest case: under 700 households, not a difficult area");
    }

    @Test
    void theSameLineOfOneUnit_isAboveTheMinimum() {
        assertThat(check(areas(48_000_000))).isEmpty();
        assertThat(check(areas(60_000_000).forUnits(12))).isEmpty();
    }

    @Test
    void householdsAndADifficultArea_raiseTheMinimumOfEachUnit() {
        AreaStatus difficult = AreaStatus.difficult("Quyết định 861/QĐ-TTg").asOf(LocalDate.of(2024, 1, 1));
        // 950 households: one whole further block of 200 above 700; a difficult area: 5 + 1 + 1.
        BudgetLine line = areas(13_999_999).forUnits(2).withHouseholds(950).inArea(difficult);

        assertThat(check(line)).extracting(Finding::arguments).containsExactly(List.of("13.999.999 đồng",
                "14.000.000 đồng", "Thông tư 121/2017/TT-BTC", "2", "7.000.000 đồng", "950",
                "+ Quyết định 861/QĐ-TTg"));
        assertThat(check(areas(14_000_000).forUnits(2).withHouseholds(950).inArea(difficult))).isEmpty();
    }

    @Test
    void anAreaStatedNotDifficult_keepsTheBaseMinimum() {
        assertThat(check(areas(5_000_000).inArea(AreaStatus.normal("Quyết định 861/QĐ-TTg")))).isEmpty();
    }

    @Test
    void aLine_refusesNoUnitAndNegativeHouseholds() {
        assertThatThrownBy(() -> areas(1).forUnits(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A budget line pays for at least one unit: 0");
        assertThatThrownBy(() -> areas(1).withHouseholds(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Households cannot be negative: -1");
    }

    @Test
    void aBlankSourceOfTheAreaStatus_isABlankTextFindingOfTheValidator() {
        Plan plan = child().build();
        plan = plan.toBuilder().funding(Funding.of(plan.funding().sources(),
                List.of(areas(5_000_000).inArea(AreaStatus.difficult(" "))))).build();

        assertThat(vn.campaign.validation.PlanValidator.create().validate(plan).findings())
                .extracting(Finding::code, f -> f.pointer().toString())
                .contains(org.assertj.core.groups.Tuple.tuple("BLANK_TEXT", "/funding/budgetLines/0/area/source"));
    }
}
