package vn.campaign.calendar;

import java.text.Normalizer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.campaign.model.Actor;
import vn.campaign.model.DateRange;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Task;
import vn.campaign.text.Graphemes;

/**
 * The schedule of a plan resolved to dates: every task with a schedule becomes one or more
 * {@link CalendarEvent}s inside the plan period ({@link Schedule#resolve(DateRange)}); tasks without
 * a schedule are listed apart as {@link #unscheduled()}.
 *
 * <p>The iCalendar file, the month agenda and the timeline picture of the module campaign-render
 * ({@code vn.campaign.render.calendar}) are all drawn from this one resolution.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlanCalendar {

    private static final int TITLE_LENGTH = 70;

    private final String planKey;
    private final String planTitle;
    private final DateRange period;
    private final List<CalendarEvent> events;
    private final List<UnscheduledTask> unscheduled;

    private PlanCalendar(Plan plan) {
        this.planKey = key(plan);
        this.planTitle = plan.type().label() + " " + plan.title();
        this.period = plan.period();
        List<CalendarEvent> dated = new ArrayList<>();
        List<UnscheduledTask> undated = new ArrayList<>();
        for (Section top : plan.sections()) {
            top.allSections().forEach(section -> {
                String number = section == top ? top.number() : top.number() + "." + section.number();
                for (Task task : section.tasks()) {
                    String title = section.tasks().size() == 1 ? section.heading() : shorten(text(task));
                    if (task.schedule().isEmpty()) {
                        undated.add(new UnscheduledTask(task.id(), number, title, task.mainKind()));
                        continue;
                    }
                    Schedule schedule = task.schedule().get();
                    List<DateRange> ranges = ranges(schedule, period);
                    boolean ongoing = schedule.kind() == Schedule.Kind.ONGOING
                            || schedule.kind() == Schedule.Kind.WHOLE_PERIOD;
                    for (int i = 0; i < ranges.size(); i++) {
                        String uid = task.id() + (ranges.size() > 1 ? "-" + (i + 1) : "") + "@" + planKey;
                        dated.add(new CalendarEvent(uid, task.id(), number, title, text(task), task.mainKind(),
                                schedule, ranges.get(i), ongoing, i + 1));
                    }
                }
            });
        }
        this.events = List.copyOf(dated);
        this.unscheduled = List.copyOf(undated);
    }

    /**
     * Resolves the schedule of a plan.
     *
     * @param plan the plan, not null
     * @return the calendar, never null
     */
    public static PlanCalendar of(Plan plan) {
        return new PlanCalendar(Objects.requireNonNull(plan, "plan"));
    }

    /** Adjacent or overlapping ranges are merged, except the occurrences of a day every year. */
    private static List<DateRange> ranges(Schedule schedule, DateRange period) {
        List<DateRange> resolved = schedule.resolve(period);
        if (schedule.kind() == Schedule.Kind.ANNUAL_DAY || resolved.size() < 2) {
            return resolved;
        }
        List<DateRange> merged = new ArrayList<>();
        DateRange current = resolved.get(0);
        for (DateRange next : resolved.subList(1, resolved.size())) {
            if (!next.start().isAfter(current.end().plusDays(1))) {
                current = DateRange.of(current.start(), next.end().isAfter(current.end()) ? next.end() : current.end());
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return List.copyOf(merged);
    }

    private static String text(Task task) {
        List<String> parts = new ArrayList<>();
        task.description().ifPresent(parts::add);
        task.content().ifPresent(text -> parts.add("Nội dung: " + text));
        task.form().ifPresent(text -> parts.add("Hình thức: " + text));
        return String.join(" ", parts);
    }

    private static String shorten(String text) {
        if (text.length() <= TITLE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_LENGTH);
        return text.substring(0, cut > 0 ? cut : Graphemes.boundary(text, TITLE_LENGTH)).replaceAll("[,;:.]+$", "") + "…";
    }

    /**
     * The plan's number when it has one; otherwise its type code, its issuer's name and unit in
     * ASCII, and its first year: stable across runs and machines, distinct between the plans of
     * different bodies.
     */
    private static String key(Plan plan) {
        if (plan.number().isPresent()) {
            return plan.number().get().toString();
        }
        String issuer = plan.issuer().map(Actor::fullName)
                .orElse(plan.issuerId());
        return plan.type().code() + "-" + slug(issuer) + "-" + plan.period().start().getYear();
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Returns the key of the plan in the events' identifiers: its number and symbol, or, for a plan
     * without one, its type, issuer and first year ("KH-ban-thuong-truc-…-huyen-kon-ray-2024").
     *
     * @return the key, never null
     */
    public String planKey() {
        return planKey;
    }

    /**
     * Returns the plan's type and abstract, the name of the calendar.
     *
     * @return the title, never null
     */
    public String planTitle() {
        return planTitle;
    }

    /**
     * Returns the plan period.
     *
     * @return the period, never null
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the dated events in document order of their tasks, occurrences in calendar order.
     *
     * @return the events, never null
     */
    public List<CalendarEvent> events() {
        return events;
    }

    /**
     * Returns the tasks that give no time of implementation, in document order.
     *
     * @return the tasks, never null
     */
    public List<UnscheduledTask> unscheduled() {
        return unscheduled;
    }

    /**
     * Returns the months of the plan period, in order.
     *
     * @return the months, never null
     */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.isAfter(YearMonth.from(period.end())); m = m.plusMonths(1)) {
            months.add(m);
        }
        return List.copyOf(months);
    }

    /**
     * Returns the events with at least one day in a month.
     *
     * @param month the month, not null
     * @return the events in the order of {@link #events()}, never null
     */
    public List<CalendarEvent> eventsIn(YearMonth month) {
        Objects.requireNonNull(month, "month");
        DateRange range = DateRange.ofMonth(month.getYear(), month.getMonthValue());
        return events.stream().filter(event -> event.range().overlaps(range)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the event with a uid.
     *
     * @param uid the uid, not null
     * @return the event, or empty
     */
    public Optional<CalendarEvent> event(String uid) {
        Objects.requireNonNull(uid, "uid");
        return events.stream().filter(event -> event.uid().equals(uid)).findFirst();
    }
}
