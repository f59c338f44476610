package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;

import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;

/** The public contract of {@link NamedPlan}: a plan with the file it came from. */
class NamedPlanTest {

    @Test
    void namedPlan_holdsTheFileAsGivenAndThePlan() {
        Plan plan = parent();

        NamedPlan named = new NamedPlan("plans/kh-457.json", plan);

        assertThat(named.file()).isEqualTo("plans/kh-457.json");
        assertThat(named.plan()).isSameAs(plan);
    }

    @Test
    void namedPlan_isEqualByFileAndPlan() {
        NamedPlan named = new NamedPlan("kh-457.json", parent());

        assertThat(named).isEqualTo(new NamedPlan("kh-457.json", parent()))
                .hasSameHashCodeAs(new NamedPlan("kh-457.json", parent()))
                .isNotEqualTo(new NamedPlan("other.json", parent()))
                .isNotEqualTo(new NamedPlan("kh-457.json", child().build()));
    }

    @Test
    void namedPlan_rejectsNullsNamingThem() {
        assertThatThrownBy(() -> new NamedPlan(null, parent())).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> new NamedPlan("kh-457.json", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
    }
}
