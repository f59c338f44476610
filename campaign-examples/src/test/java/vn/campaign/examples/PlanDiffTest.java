package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.campaign.model.Actor;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;

class PlanDiffTest {

    @Test
    void differences_ofAPlanWithItself_isEmpty() {
        assertThat(PlanDiff.differences(KonRay2024.plan(), KonRay2024.plan())).isEmpty();
    }

    @Test
    void differences_ignoreIdsButFollowWhatTheyPointTo() {
        Plan plan = KonRay2024.plan();
        Plan renamed = plan.toBuilder().replaceSections(plan.sections().stream()
                .map(section -> section.toBuilder().build()).map(section -> Section.builder("X" + section.id(),
                        section.number(), section.heading()).kind(section.kind())
                        .subsections(section.subsections().toArray(Section[]::new)).build())
                .toList()).build();

        assertThat(PlanDiff.differences(plan, renamed)).isEmpty();
    }

    @Test
    void differences_nameThePathAndBothValues() {
        Plan plan = KonRay2024.plan();
        Plan changed = plan.toBuilder().title("khác").build();

        assertThat(PlanDiff.differences(plan, changed)).singleElement().asString()
                .startsWith("/title: triển khai thực hiện").endsWith(" ≠ khác");
    }

    @Test
    void differences_matchActorsByName() {
        Plan plan = KonRay2024.plan();
        Actor first = plan.actors().get(0);
        Plan extra = plan.toBuilder().actors(Actor.of("x", first.kind(), first.level().orElseThrow(), "Ban mới"))
                .build();

        assertThat(PlanDiff.differences(plan, extra)).singleElement().asString()
                .startsWith("/actors/Ban mới: (missing) ≠ {kind=");
    }
}
