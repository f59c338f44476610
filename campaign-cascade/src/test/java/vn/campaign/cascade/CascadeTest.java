package vn.campaign.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.finding.Finding;
import vn.campaign.testing.Fixtures;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;

class CascadeTest {

    private static final NamedPlan PROVINCE = new NamedPlan("01-province.json", parent());
    private static final NamedPlan DISTRICT = new NamedPlan("01-01-district.json", child().build());
    private static final NamedPlan OTHER_PROVINCE = new NamedPlan("02-province.json", parent().toBuilder()
            .number(DocumentNumber.parse("458/KH-MTTQ-BTT")).build());

    @Test
    void next_givesEachPlanItsOpenAncestors() {
        Cascade cascade = Cascade.create();

        assertThat(cascade.next(PROVINCE).plans()).containsExactly(PROVINCE);
        assertThat(cascade.next(DISTRICT).plans()).containsExactly(PROVINCE, DISTRICT);
        NamedPlan sibling = new NamedPlan("01-02-district.json", child().build());
        PlanSet set = cascade.next(sibling);

        assertThat(set.plans()).containsExactly(PROVINCE, sibling);
        assertThat(set.parentOf(sibling)).contains(PROVINCE);
        assertThat(cascade.open()).containsExactly(PROVINCE, sibling);
        assertThat(cascade.next(OTHER_PROVINCE).plans()).containsExactly(OTHER_PROVINCE);
        assertThat(cascade.open()).containsExactly(OTHER_PROVINCE);
    }

    @Test
    void next_keepsPlansWithoutALevelOutOfTheChain() {
        Cascade cascade = Cascade.create();
        NamedPlan noLevel = new NamedPlan("x.json", child().issuer("nobody").build());
        cascade.next(PROVINCE);

        assertThat(cascade.next(noLevel).plans()).containsExactly(PROVINCE, noLevel);
        assertThat(cascade.open()).containsExactly(PROVINCE);
    }

    @Test
    void next_carriesSupportLevels() {
        Cascade cascade = Cascade.withSupportLevelsOf(PlanSet.of()
                .withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(30_000_000)));

        assertThat(cascade.next(PROVINCE).supportLevel(FundingItem.COMMUNE_FRONT_SUPPORT))
                .contains(Money.vnd(30_000_000));
    }

    @Test
    void checkCascade_matchesTheWholeSetCheckForPlansInCascadeOrder() {
        Plan late = child().date(LocalDate.of(2024, 1, 2)).build();
        List<NamedPlan> plans = List.of(PROVINCE, DISTRICT, new NamedPlan("01-02-district.json", late),
                OTHER_PROVINCE, new NamedPlan("02-01-orphan.json", child().build()));
        ComplianceChecker checker = ComplianceChecker.create();

        ComplianceReport streamed = Cascade.check(checker, plans);
        ComplianceReport whole = checker.check(PlanSet.of(plans));

        assertThat(without(streamed, "02-01-orphan.json")).isNotEmpty()
                .isEqualTo(without(whole, "02-01-orphan.json"));
        assertThat(codes(streamed, "01-02-district.json")).containsExactly("PLAN_ISSUED_BEFORE_PARENT");
        // In the whole set the orphan's parent is found in province 01; in cascade order it is not open.
        assertThat(codes(whole, "02-01-orphan.json")).doesNotContain("PARENT_NOT_FOUND");
        assertThat(codes(streamed, "02-01-orphan.json")).containsExactly("PARENT_NOT_FOUND");
        assertThat(streamed.files()).isEqualTo(whole.files());
    }

    @Test
    void check_onePlanOfASet_isThatPlansPartOfTheWholeCheck() {
        List<NamedPlan> plans = List.of(PROVINCE, new NamedPlan("late.json",
                child().date(LocalDate.of(2024, 1, 2)).build()));
        ComplianceChecker checker = ComplianceChecker.create();
        PlanSet set = PlanSet.of(plans);

        ComplianceReport one = checker.check(plans.get(1), set);

        assertThat(one.findings()).isEqualTo(checker.check(set).findings());
        assertThat(one.files()).containsExactly("late.json");
        assertThatThrownBy(() -> checker.check(OTHER_PROVINCE, set)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The plan set does not hold 02-province.json");
    }

    @Test
    void parentOf_inALargeSet_findsTheFirstPlanOfTheNumberAndDate() {
        List<NamedPlan> plans = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            plans.add(new NamedPlan("p" + i + ".json", parent().toBuilder()
                    .number(DocumentNumber.parse(i + "/KH-MTTQ-BTT")).build()));
        }
        NamedPlan wrongDate = new NamedPlan("wrong-date.json", parent().toBuilder().date(LocalDate.of(2024, 1, 11))
                .build());
        NamedPlan first = new NamedPlan("first.json", parent());
        NamedPlan second = new NamedPlan("second.json", parent());
        plans.add(wrongDate);
        plans.add(first);
        plans.add(second);
        plans.add(DISTRICT);
        PlanSet set = PlanSet.of(plans);

        assertThat(set.parentOf(DISTRICT)).containsSame(first);
        assertThat(set.childrenOf(first)).containsExactly(DISTRICT);
        assertThat(set.parentOf(plans.get(0))).isEmpty();
        assertThat(PlanSet.of(plans.subList(0, 40)).withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT,
                Money.vnd(1)).parentOf(DISTRICT)).isEmpty();
    }

    private static List<Finding> without(ComplianceReport report, String file) {
        return report.findings().stream().filter(f -> !f.file().equals(Optional.of(file))).collect(Collectors.toList());
    }

    private static List<String> codes(ComplianceReport report, String file) {
        return report.findings().stream().filter(f -> f.file().equals(Optional.of(file))).map(Finding::code)
                .collect(Collectors.toList());
    }
}
