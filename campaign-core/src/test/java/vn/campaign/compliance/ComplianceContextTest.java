package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;

import vn.campaign.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;

class ComplianceContextTest {

    private static final AtomicInteger COMPUTED = new AtomicInteger();
    private static final Function<Plan, Integer> TASK_COUNT = plan -> {
        COMPUTED.incrementAndGet();
        return (int) plan.allTasks().count();
    };

    @Test
    void derived_isComputedOncePerPlanAndCheckAndSharedByTheRules() {
        List<Integer> seen = new ArrayList<>();
        ComplianceChecker checker = ComplianceChecker.builder()
                .addRule(rule("x-first", seen)).addRule(rule("x-second", seen))
                .onlyRules(List.of("x-first", "x-second")).build();
        NamedPlan province = new NamedPlan("province.json", parent());
        NamedPlan district = new NamedPlan("district.json", child().build());
        COMPUTED.set(0);

        checker.check(district, province);

        assertThat(seen).containsExactly(3, 4, 3, 4);
        assertThat(COMPUTED).hasValue(2);
        checker.check(district, province);
        assertThat(COMPUTED).hasValue(4);
    }

    @Test
    void derived_inAContextOfItsOwn_computesOncePerPlan() {
        ComplianceContext context = new ComplianceContext(new NamedPlan("c.json", child().build()), Optional.empty(),
                PlanSet.of(), ComplianceProfile.DEFAULT, finding -> { });
        COMPUTED.set(0);
        Plan plan = context.child().plan();

        assertThat(context.derived(plan, TASK_COUNT)).isEqualTo(3);
        assertThat(context.derived(plan, TASK_COUNT)).isEqualTo(3);
        assertThat(COMPUTED).hasValue(1);
    }

    private static ComplianceRule rule(String id, List<Integer> seen) {
        return new ComplianceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void check(ComplianceContext context) {
                seen.add(context.derived(context.child().plan(), TASK_COUNT));
                seen.add(context.derived(context.parent().orElseThrow().plan(), TASK_COUNT));
            }
        };
    }
}
