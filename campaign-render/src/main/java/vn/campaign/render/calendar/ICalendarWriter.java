package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import vn.campaign.calendar.CalendarEvent;
import java.util.Objects;
import vn.campaign.render.RenderLimitException;
import vn.campaign.render.RenderLimits;
import vn.campaign.render.internal.ICalendarOutput;

/**
 * Writes a plan's calendar as an iCalendar file (RFC 5545), built with ical4j, an optional
 * dependency of this module that must be on the class path.
 *
 * <p>Each {@link CalendarEvent} is one all-day VEVENT: UID from the plan and the task (stable across
 * exports, so a calendar application updates events instead of duplicating them); DTSTART and
 * DTEND as DATE values; SUMMARY "[Thường xuyên] II.1. …" for ongoing tasks, which are one event
 * over the whole period and carry {@code X-CAMPAIGN-ONGOING:TRUE}; DESCRIPTION with the time as the
 * plan writes it and the task's text; CATEGORIES with the task kind's Vietnamese label;
 * {@code TRANSP:TRANSPARENT}, so a year-long task does not mark anyone busy. The calendar names the
 * zone {@code Asia/Ho_Chi_Minh} ({@code X-WR-TIMEZONE}). Tasks without a schedule are not exported.
 *
 * <p>Output is deterministic: DTSTAMP is the start of the plan period at midnight UTC.
 *
 * <p>Stateless, immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ICalendarWriter {

    private ICalendarWriter() {
    }

    /**
     * Writes a calendar.
     *
     * @param calendar the resolved plan, not null
     * @return the iCalendar text (CRLF line ends), never null
     * @throws RenderLimitException if the calendar is beyond a limit of {@link RenderLimits#defaults()}
     * @throws NoClassDefFoundError if ical4j is not on the class path
     */
    public static String write(PlanCalendar calendar) {
        return write(calendar, RenderLimits.defaults());
    }

    /**
     * Writes a calendar within limits: a calendar of more events or more text than they allow is
     * refused before ical4j builds anything (it holds the whole calendar in memory, several times its
     * text).
     *
     * @param calendar the resolved plan, not null
     * @param limits the limits, not null
     * @return the iCalendar text (CRLF line ends), never null
     * @throws RenderLimitException if the calendar is beyond a limit
     * @throws NoClassDefFoundError if ical4j is not on the class path
     */
    public static String write(PlanCalendar calendar, RenderLimits limits) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(limits, "limits").check(calendar);
        return ICalendarOutput.write(calendar);
    }
}
