package vn.campaign.render;

import java.util.Objects;
import vn.campaign.calendar.CalendarEvent;
import vn.campaign.calendar.PlanCalendar;

/**
 * The limits the renderers ({@link PlanRenderer}) and the calendar writers ({@link
 * vn.campaign.render.calendar.ICalendarWriter}, {@link vn.campaign.render.calendar.TimelineSvg}) put
 * on the plans they render, so that a plan within the read limits of the JSON format (up to 10 MiB
 * and 10,000 tasks in each of many sections) cannot exhaust memory: a Word document is built in
 * memory by Apache POI at about ten times its text, an iCalendar file by ical4j at about the same.
 * A plan beyond a limit fails with {@link RenderLimitException} before anything is built.
 *
 * <p>The defaults are far above any real plan (the Kon Rẫy plan has 33 tasks and 40 KB of text) and
 * keep a rendering within a 256 MB heap:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxTasks()}</td><td>5,000 tasks in a plan (events in a calendar)</td></tr>
 *   <tr><td>{@link #maxTextLength()}</td><td>1,000,000 characters of text in the rendered document
 *       (of the events' titles and texts in a calendar)</td></tr>
 * </table>
 *
 * <p>Obtain instances from {@link #defaults()} and the {@code with…} methods. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class RenderLimits {

    private static final RenderLimits DEFAULTS = new RenderLimits(5_000, 1_000_000);

    private final int maxTasks;
    private final long maxTextLength;

    private RenderLimits(int maxTasks, long maxTextLength) {
        if (maxTasks < 1) {
            throw new IllegalArgumentException("maxTasks must be at least 1: " + maxTasks);
        }
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be at least 1: " + maxTextLength);
        }
        this.maxTasks = maxTasks;
        this.maxTextLength = maxTextLength;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, never null
     */
    public static RenderLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the most tasks a plan may have to be rendered, and the most events a calendar may have.
     *
     * @return the number, at least 1
     */
    public int maxTasks() {
        return maxTasks;
    }

    /**
     * Returns the most characters of text (UTF-16 units) a rendered document may hold, or the events of
     * a calendar in their titles and texts.
     *
     * @return the length, at least 1
     */
    public long maxTextLength() {
        return maxTextLength;
    }

    /**
     * Returns these limits with another number of tasks.
     *
     * @param tasks the most tasks allowed, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public RenderLimits withMaxTasks(int tasks) {
        return new RenderLimits(tasks, maxTextLength);
    }

    /**
     * Returns these limits with another text length.
     *
     * @param length the most characters allowed, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the length is not positive
     */
    public RenderLimits withMaxTextLength(long length) {
        return new RenderLimits(maxTasks, length);
    }

    /**
     * Checks a calendar against these limits: its events, and the characters of their titles and texts.
     *
     * @param calendar the calendar, not null
     * @throws RenderLimitException if the calendar is beyond a limit
     */
    public void check(PlanCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        checkTasks(calendar.events().size() + calendar.unscheduled().size());
        long text = calendar.planTitle().length();
        for (CalendarEvent event : calendar.events()) {
            text += event.title().length() + event.text().length() + event.sectionNumber().length();
        }
        checkText(text);
    }

    void checkTasks(long tasks) {
        if (tasks > maxTasks) {
            throw new RenderLimitException("more than " + maxTasks + " tasks", "maxTasks", maxTasks);
        }
    }

    void checkText(long length) {
        if (length > maxTextLength) {
            throw new RenderLimitException("more than " + maxTextLength + " characters of text", "maxTextLength",
                    maxTextLength);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderLimits && maxTasks == ((RenderLimits) other).maxTasks
                && maxTextLength == ((RenderLimits) other).maxTextLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxTasks, maxTextLength);
    }

    @Override
    public String toString() {
        return "RenderLimits[maxTasks=" + maxTasks + ", maxTextLength=" + maxTextLength + "]";
    }
}
