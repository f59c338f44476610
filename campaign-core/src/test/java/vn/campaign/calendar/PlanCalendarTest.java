package vn.campaign.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.campaign.testing.SamplePlans;
import vn.campaign.model.DateRange;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

class PlanCalendarTest {

    private final PlanCalendar calendar = PlanCalendar.of(SamplePlans.commune());

    private List<CalendarEvent> eventsOf(String taskId) {
        return calendar.events().stream().filter(e -> e.taskId().equals(taskId)).collect(Collectors.toList());
    }

    @Test
    void ongoingTask_isOneEventSpanningThePeriodMarkedOngoing() {
        List<CalendarEvent> events = eventsOf("propaganda");

        assertThat(events).hasSize(1);
        assertThat(events.get(0).range()).isEqualTo(calendar.period());
        assertThat(events.get(0).ongoing()).isTrue();
    }

    @Test
    void annualDay_isOneEventPerOccurrenceInThePeriod() {
        assertThat(eventsOf("festival")).extracting(CalendarEvent::range).containsExactly(
                DateRange.ofDay(LocalDate.of(2024, 11, 18)), DateRange.ofDay(LocalDate.of(2025, 11, 18)));
        assertThat(eventsOf("festival")).extracting(CalendarEvent::occurrence).containsExactly(1, 2);
        assertThat(eventsOf("festival")).allMatch(e -> !e.ongoing() && e.kind() == TaskKind.GREAT_UNITY_FESTIVAL);
    }

    @Test
    void quartersApart_areTwoEventsAndAdjacentQuarters_oneEvent() {
        assertThat(eventsOf("training")).extracting(CalendarEvent::range)
                .containsExactly(DateRange.ofQuarter(2024, 1), DateRange.ofQuarter(2024, 3));
        assertThat(eventsOf("review")).extracting(CalendarEvent::range)
                .containsExactly(DateRange.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void everyEvent_liesInsideThePlanPeriod() {
        assertThat(calendar.events()).hasSize(7).allMatch(e -> calendar.period().contains(e.range()));
    }

    @Test
    void tasksWithoutSchedule_areListedApartAndNotDated() {
        assertThat(calendar.unscheduled()).containsExactly(
                new UnscheduledTask("coordination", "II.3", "Phối hợp với các đoàn thể.", TaskKind.COORDINATION));
        assertThat(calendar.events()).noneMatch(e -> e.taskId().equals("coordination"));
    }

    @Test
    void uids_areUniqueAndStableFromPlanAndTask() {
        assertThat(calendar.events()).extracting(CalendarEvent::uid).doesNotHaveDuplicates()
                .contains("propaganda@KH-ban-thuong-truc-uy-ban-mttq-viet-nam-xa-tan-lap-2024",
                        "festival-2@KH-ban-thuong-truc-uy-ban-mttq-viet-nam-xa-tan-lap-2024");
        assertThat(PlanCalendar.of(SamplePlans.communeNumbered()).events().get(0).uid())
                .isEqualTo("propaganda@15/KH-MTTQ-BTT");
    }

    @Test
    void titles_areTheSectionHeadingOrTheStartOfTheTaskText() {
        assertThat(eventsOf("propaganda").get(0).title()).isEqualTo("Công tác tuyên truyền");
        assertThat(eventsOf("training").get(0).title()).isEqualTo("Tập huấn cán bộ thôn.");
        assertThat(eventsOf("propaganda").get(0).sectionNumber()).isEqualTo("II.1");
    }

    @Test
    void titles_areCutBetweenCharacters() {
        // 69 letters, an emoji across characters 70 and 71, no space: cut at 70, the emoji was split.
        String text = "x".repeat(69) + "\uD83D\uDE00" + "y";
        Section section = Section.builder("II.9", "9", "Hai việc").kind(SectionKind.CONTENT).tasks(
                Task.builder("long").description(text).schedule(Schedule.ongoing()).build(),
                Task.builder("short").description("Việc ngắn.").schedule(Schedule.ongoing()).build()).build();
        Plan plan = SamplePlans.commune().toBuilder().sections(section).build();

        String title = PlanCalendar.of(plan).events().stream().filter(e -> e.taskId().equals("long"))
                .findFirst().orElseThrow().title();

        assertThat(title).isEqualTo("x".repeat(69) + "…");
    }

    @Test
    void eventsIn_givesTheEventsWithADayInTheMonth() {
        assertThat(calendar.eventsIn(YearMonth.of(2024, 11))).extracting(CalendarEvent::taskId)
                .containsExactly("propaganda", "festival", "inspection");
        assertThat(calendar.months()).hasSize(24);
    }
}
