package vn.campaign.calendar;

import java.util.Objects;
import vn.campaign.model.TaskKind;

/**
 * A task of a plan that gives no time of implementation, so it has no date in the calendar; the
 * agenda and the timeline count and list these apart instead of inventing a date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param taskId the id of the task; not null
 * @param sectionNumber the number of its section with its top section, as "IV.1"; not null
 * @param title a short title, as {@link CalendarEvent#title()}; not null
 * @param kind the task's main kind; not null
 *
 * @since 0.1
 */
public record UnscheduledTask(String taskId, String sectionNumber, String title, TaskKind kind) {

    /** Checks that nothing is null. */
    public UnscheduledTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(sectionNumber, "sectionNumber");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
    }
}
