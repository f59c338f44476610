package vn.campaign.calendar;

import java.util.Objects;
import vn.campaign.model.DateRange;
import vn.campaign.model.Schedule;
import vn.campaign.model.TaskKind;

/**
 * One dated occurrence of a task of a plan: the dates its schedule resolves to inside the plan
 * period.
 *
 * <p>An ongoing task ("Thường xuyên", "Trong thời gian thực hiện Kế hoạch") is one event spanning
 * the whole period with {@link #ongoing()} true, never one event a day. Adjacent ranges of one
 * schedule ("Quý III, IV/2024") are one event; ranges apart ("Quý I, III/2024") and each
 * occurrence of a day every year ("Ngày 18/11 hằng năm") are one event each, numbered by
 * {@link #occurrence()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param uid the stable identifier: the task id, the occurrence number when there are several, and
 *     the plan's key ({@link PlanCalendar#planKey()}); not null
 * @param taskId the id of the task; not null
 * @param sectionNumber the number of the task's section with its top section, as "II.4.1"; not null
 * @param title a short title: the section heading, or the start of the task's text where the section
 *     has several tasks; not null
 * @param text the task's full text (description, content, form), for a calendar entry; not null
 * @param kind the task's main kind; not null
 * @param schedule the schedule as the plan gives it; not null
 * @param range the dates, both included, inside the plan period; not null
 * @param ongoing whether the task runs through the whole period
 * @param occurrence 1 for the first event of the task, 2 for the next, and so on
 *
 * @since 0.1
 */
public record CalendarEvent(
        String uid,
        String taskId,
        String sectionNumber,
        String title,
        String text,
        TaskKind kind,
        Schedule schedule,
        DateRange range,
        boolean ongoing,
        int occurrence) {

    /** Checks that nothing is null and the occurrence is positive. */
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(sectionNumber, "sectionNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(range, "range");
        if (occurrence < 1) {
            throw new IllegalArgumentException("occurrence " + occurrence + " is not positive");
        }
    }
}
