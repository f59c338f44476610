package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import vn.campaign.calendar.CalendarEvent;
import vn.campaign.calendar.UnscheduledTask;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.campaign.model.DateRange;

/**
 * The agenda of a plan by month, in Vietnamese, for a terminal.
 *
 * <p>First the tasks that run through the whole period (ongoing ones, "Thường xuyên", and those
 * whose dates are the period itself, such as "Trong năm 2024" in a plan for 2024), listed once
 * instead of in every month; then, month by month, the events that start in the month with their
 * dates, and the numbers of those still running; last, the tasks that give no time.
 *
 * <p>Stateless, immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MonthAgenda {

    private static final String BOLD = "\u001b[1m";
    private static final String CYAN = "\u001b[36m";
    private static final String DIM = "\u001b[2m";
    private static final String RESET = "\u001b[0m";

    private MonthAgenda() {
    }

    /**
     * Renders the agenda as plain text.
     *
     * @param calendar the resolved plan, not null
     * @return the text, lines ending in {@code \n}, never null
     */
    public static String render(PlanCalendar calendar) {
        return render(calendar, false);
    }

    /**
     * Renders the agenda, with ANSI colours if asked (for a terminal only).
     *
     * @param calendar the resolved plan, not null
     * @param colour whether to use ANSI colour and bold
     * @return the text, lines ending in {@code \n}, never null
     */
    public static String render(PlanCalendar calendar, boolean colour) {
        Objects.requireNonNull(calendar, "calendar");
        StringBuilder out = new StringBuilder();
        DateRange period = calendar.period();
        out.append(style(colour, BOLD, calendar.planTitle())).append('\n');
        out.append("Kỳ kế hoạch: ").append(range(period)).append("\n\n");
        List<CalendarEvent> whole = calendar.events().stream().filter(e -> e.range().equals(period))
                .collect(Collectors.toList());
        if (!whole.isEmpty()) {
            out.append(style(colour, BOLD, "Suốt kỳ kế hoạch")).append('\n');
            for (CalendarEvent event : whole) {
                out.append("  • ").append(event.sectionNumber()).append(". ").append(event.title()).append(' ')
                        .append(style(colour, DIM, "(" + event.schedule() + ")")).append('\n');
            }
            out.append('\n');
        }
        for (YearMonth month : calendar.months()) {
            out.append(style(colour, BOLD, String.format(Locale.ROOT, "Tháng %02d/%d", month.getMonthValue(),
                    month.getYear()))).append('\n');
            List<String> running = new ArrayList<>();
            boolean any = false;
            for (CalendarEvent event : calendar.eventsIn(month)) {
                if (event.range().equals(period)) {
                    continue;
                }
                if (YearMonth.from(event.range().start()).equals(month) || month.equals(calendar.months().get(0))) {
                    out.append("  • ").append(style(colour, CYAN, range(event.range()))).append("  ")
                            .append(event.sectionNumber()).append(". ").append(event.title()).append(' ')
                            .append(style(colour, DIM, "(" + event.schedule() + ")")).append('\n');
                    any = true;
                } else if (!running.contains(event.sectionNumber())) {
                    running.add(event.sectionNumber());
                }
            }
            if (!running.isEmpty()) {
                out.append("  ").append(style(colour, DIM, "Đang tiếp tục: " + String.join(", ", running)))
                        .append('\n');
            } else if (!any) {
                out.append("  ").append(style(colour, DIM, "Không có việc mới")).append('\n');
            }
        }
        if (!calendar.unscheduled().isEmpty()) {
            out.append('\n').append(style(colour, BOLD, "Không ghi thời gian thực hiện (" + calendar.unscheduled().size()
                    + ")")).append('\n');
            for (UnscheduledTask task : calendar.unscheduled()) {
                out.append("  • ").append(task.sectionNumber()).append(". ").append(task.title()).append('\n');
            }
        }
        return out.toString();
    }

    private static String style(boolean colour, String code, String text) {
        return colour ? code + text + RESET : text;
    }

    static String range(DateRange range) {
        return range.start().equals(range.end()) ? day(range.start()) : day(range.start()) + " – " + day(range.end());
    }

    private static String day(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
