package vn.campaign.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Task;
import vn.campaign.testing.Fixtures;

class PlanIndexTest {

    private static final Plan PLAN = Fixtures.child().build();

    @Test
    void parts_knowWhereTheyAre() {
        PlanIndex index = PlanIndex.of(PLAN);

        assertThat(index.tasks()).extracting(part -> part.pointer().toString())
                .containsExactly("/sections/0/tasks/0", "/sections/0/tasks/1", "/sections/0/tasks/2");
        Part<Task> task = index.tasks().get(1);
        assertThat(task.at("schedule")).hasToString("/sections/0/tasks/1/schedule");
        assertThat(task.at("guidanceIds", 2)).hasToString("/sections/0/tasks/1/guidanceIds/2");
        assertThat(task.at("assignments", 0, "actorId")).hasToString("/sections/0/tasks/1/assignments/0/actorId");
        assertThat(task.section().map(Part::value)).contains(PLAN.sections().get(0));
        assertThat(index.actors().get(0).at("id")).hasToString("/actors/0/id");
        assertThat(index.budgetLines()).extracting(part -> part.pointer().toString())
                .containsExactly("/funding/budgetLines/0");
    }

    @Test
    void subsections_areBelowTheirSection() {
        Task task = Task.builder("t").kinds(vn.campaign.model.TaskKind.TRAINING).description("Tập huấn").build();
        Section inner = Section.builder("inner", "2", "Cấp xã").tasks(task).build();
        Section outer = Section.builder("outer", "I", "Nhiệm vụ")
                .subsections(Section.builder("first", "1", "Cấp huyện").build(), inner).build();
        Plan plan = Fixtures.child().replaceSections(List.of(outer)).build();

        PlanIndex index = PlanIndex.of(plan);

        assertThat(index.sections()).extracting(part -> part.pointer().toString())
                .containsExactly("/sections/0", "/sections/0/subsections/0", "/sections/0/subsections/1");
        assertThat(index.tasks()).extracting(part -> part.pointer().toString())
                .containsExactly("/sections/0/subsections/1/tasks/0");
        assertThat(index.taskOrNull("t").section().orElseThrow().section().orElseThrow().value())
                .isEqualTo(outer);
    }

    @Test
    void lookUps_findTheFirstOfAnId_andDuplicatesAreTheLaterOnes() {
        Task first = Task.builder("same").kinds(vn.campaign.model.TaskKind.TRAINING).description("Một").build();
        Task second = Task.builder("same").kinds(vn.campaign.model.TaskKind.TRAINING).description("Hai").build();
        Section section = Section.builder("s", "I", "Nhiệm vụ").tasks(first, second).build();
        PlanIndex index = PlanIndex.of(Fixtures.child().replaceSections(List.of(section)).build());

        assertThat(index.taskOrNull("same").value()).isSameAs(first);
        assertThat(index.hasTask("same")).isTrue();
        assertThat(index.hasTask("other")).isFalse();
        assertThat(index.taskOrNull("other")).isNull();
        assertThat(index.duplicates()).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.id()).isEqualTo("same");
            assertThat(duplicate.part().at("id")).hasToString("/sections/0/tasks/1/id");
            assertThat(duplicate.first().pointer()).hasToString("/sections/0/tasks/0");
        });
    }
}
