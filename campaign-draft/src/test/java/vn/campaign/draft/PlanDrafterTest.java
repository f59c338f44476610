package vn.campaign.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.Severity;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Task;
import vn.campaign.model.TaskLink;
import vn.campaign.testing.Fixtures;

/** The drafter on the compliance fixtures of campaign-core: what it takes, and that the result complies. */
class PlanDrafterTest {

    private static final PlanDrafter DRAFTER = PlanDrafter.create();

    @Test
    void draft_takesTheTasksAddressedToTheLevel_linkedToTheParents() {
        Plan draft = DRAFTER.draft(Fixtures.parent(), DraftUnit.of("Kon Rẫy", AdministrativeLevel.DISTRICT)).plan();

        assertThat(draft.allTasks()).extracting(Task::id).containsExactly("p-propaganda", "p-festival", "p-review");
        assertThat(draft.allTasks()).extracting(task -> task.implementsTasks().get(0))
                .containsExactly(TaskLink.of("kh-457-2024", "p-propaganda"), TaskLink.of("kh-457-2024", "p-festival"),
                        TaskLink.of("kh-457-2024", "p-review"));
        assertThat(draft.task("p-festival").orElseThrow().schedule()).contains(Schedule.months(2024, 10, 11));
    }

    @Test
    void draft_compliesWithItsParent() {
        Plan draft = DRAFTER.draft(Fixtures.parent(), DraftUnit.of("Kon Rẫy", AdministrativeLevel.DISTRICT)).plan();

        assertThat(ComplianceChecker.create().check(new NamedPlan("draft.json", draft), new NamedPlan("parent.json",
                Fixtures.parent())).findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void nextYear_movesTheScheduleByTheYearsBetweenThePeriods() {
        assertThat(NextYearDraft.shift(Schedule.months(2024, 6, 7), 1)).isEqualTo(Schedule.months(2025, 6, 7));
        assertThat(NextYearDraft.shift(new Schedule.Between(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 5)), 1))
                .isEqualTo(new Schedule.Between(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 5)));
        assertThat(NextYearDraft.shift(Schedule.ongoing(), 2)).isEqualTo(Schedule.ongoing());
        assertThat(NextYearDraft.shift(new Schedule.Quarters(2024, List.of(3, 4)), 2))
                .isEqualTo(new Schedule.Quarters(2026, List.of(3, 4)));
    }
}
