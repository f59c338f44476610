package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.testing.Fixtures;

/**
 * {@link ParentViews}: it holds what is derived from its open plans only, and a check with it gives
 * the report of the same check without it, whether the parent is open or not.
 */
class ParentViewsTest {

    private static final ComplianceChecker CHECKER = ComplianceChecker.create();
    private static final NamedPlan PARENT = new NamedPlan("parent.json", Fixtures.parent());
    /** Without its festival: the parent's festival, addressed to districts, goes uncovered. */
    private static final NamedPlan CHILD = new NamedPlan("child.json",
            Fixtures.child(Fixtures.propaganda().build(), Fixtures.review().build()).build());
    private static final NamedPlan FULL_CHILD = new NamedPlan("full.json", Fixtures.child().build());

    @Test
    void check_withTheParentOpen_givesTheReportOfTheCheckWithoutViews() {
        ParentViews views = ParentViews.create();
        views.open(PARENT.plan());
        PlanSet set = PlanSet.of(PARENT, CHILD);
        PlanSet full = PlanSet.of(PARENT, FULL_CHILD);

        ComplianceReport first = CHECKER.check(CHILD, set, views);
        ComplianceReport second = CHECKER.check(CHILD, set, views);
        ComplianceReport other = CHECKER.check(FULL_CHILD, full, views);

        assertThat(first).isEqualTo(CHECKER.check(CHILD, set)).isEqualTo(second);
        assertThat(other).isEqualTo(CHECKER.check(FULL_CHILD, full));
        assertThat(first.findings()).extracting(Finding::code).contains("PARENT_TASK_NOT_COVERED");
        assertThat(first.findings()).isNotEqualTo(other.findings());
        assertThat(views.size()).isEqualTo(1);
    }

    @Test
    void check_withTheParentClosed_givesTheSameReportAndKeepsNothing() {
        ParentViews views = ParentViews.create();
        views.open(PARENT.plan());
        views.close(PARENT.plan());
        PlanSet set = PlanSet.of(PARENT, CHILD);

        assertThat(CHECKER.check(CHILD, set, views)).isEqualTo(CHECKER.check(CHILD, set));
        assertThat(views.size()).isZero();
        assertThat(views).hasToString("ParentViews[0 open]");
    }

    @Test
    void nulls_areRefusedByName() {
        ParentViews views = ParentViews.create();

        assertThatThrownBy(() -> views.open(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> views.close(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
        assertThatThrownBy(() -> CHECKER.check(CHILD, PlanSet.of(PARENT, CHILD), null))
                .isInstanceOf(NullPointerException.class).hasMessage("views");
    }
}
