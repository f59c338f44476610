package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import vn.campaign.calendar.CalendarEvent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.campaign.render.internal.HtmlWriter;
import vn.campaign.model.DateRange;
import vn.campaign.model.Language;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.TaskKind;
import vn.campaign.text.Graphemes;
import vn.campaign.render.RenderLimits;

/**
 * A Gantt-style timeline of a plan as one SVG picture, to paste into a report: one row per
 * scheduled task, bars for its dates, quarters and months on the axis, bars coloured by the task's
 * main kind with a legend in Vietnamese, ongoing tasks striped and labelled "Thường xuyên", and
 * 18 November (Ngày hội Đại đoàn kết toàn dân tộc, {@link LegalFacts#NATIONAL_GREAT_UNITY_DAY}) marked
 * in each year of the period. Tasks without a time are counted under the chart.
 *
 * <p>Output is deterministic; every text is XML-escaped. Stateless, immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TimelineSvg {

    private static final int WIDTH = 1120;
    private static final int LABEL_X = 12;
    private static final int CHART_X = 430;
    private static final int CHART_RIGHT = WIDTH - 20;
    private static final int AXIS_Y = 56;
    private static final int ROW_Y = 104;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_LENGTH = 58;
    private static final String FONT = "'Times New Roman', 'Liberation Serif', serif";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Map<TaskKind, String> COLOURS = colours();

    private TimelineSvg() {
    }

    private static Map<TaskKind, String> colours() {
        Map<TaskKind, String> map = new EnumMap<>(TaskKind.class);
        map.put(TaskKind.PROPAGANDA, "#1f77b4");
        map.put(TaskKind.TRAINING, "#2ca02c");
        map.put(TaskKind.EXPERIENCE_EXCHANGE, "#17becf");
        map.put(TaskKind.MODEL_BUILDING, "#8c564b");
        map.put(TaskKind.GREAT_UNITY_FESTIVAL, "#d62728");
        map.put(TaskKind.LOCAL_FESTIVAL, "#ff7f0e");
        map.put(TaskKind.COORDINATION, "#7f7f7f");
        map.put(TaskKind.CAMPAIGN_BOARD, "#bcbd22");
        map.put(TaskKind.FOR_THE_POOR_FUND, "#e377c2");
        map.put(TaskKind.CONFERENCE, "#9467bd");
        map.put(TaskKind.INSPECTION_SUPERVISION, "#393b79");
        map.put(TaskKind.INTERIM_REVIEW, "#637939");
        map.put(TaskKind.FINAL_REVIEW, "#8c6d31");
        map.put(TaskKind.COMMENDATION, "#e7969c");
        map.put(TaskKind.PLANNING, "#6b6ecf");
        map.put(TaskKind.GUIDANCE, "#9c9ede");
        map.put(TaskKind.BUDGET_ESTIMATE, "#cedb9c");
        map.put(TaskKind.EMULATION, "#bd9e39");
        map.put(TaskKind.POVERTY_SUPPORT, "#ad494a");
        map.put(TaskKind.OTHER, "#a0a0a0");
        return map;
    }

    /**
     * Returns the colour of the bars of a task kind.
     *
     * @param kind the kind, not null
     * @return a colour as {@code #rrggbb}, never null
     */
    public static String colour(TaskKind kind) {
        return COLOURS.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * Draws the timeline.
     *
     * @param calendar the resolved plan, not null
     * @return the SVG document, UTF-8 text with an XML declaration, never null
     * @throws vn.campaign.render.RenderLimitException if the calendar is beyond a limit of {@link
     *     vn.campaign.render.RenderLimits#defaults()}
     */
    public static String render(PlanCalendar calendar) {
        return render(calendar, RenderLimits.defaults());
    }

    /**
     * Draws the timeline within limits: a calendar of more events or more text than they allow is
     * refused before anything is drawn.
     *
     * @param calendar the resolved plan, not null
     * @param limits the limits, not null
     * @return the SVG document, UTF-8 text with an XML declaration, never null
     * @throws vn.campaign.render.RenderLimitException if the calendar is beyond a limit
     */
    public static String render(PlanCalendar calendar, RenderLimits limits) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(limits, "limits").check(calendar);
        DateRange period = calendar.period();
        Map<String, List<CalendarEvent>> rows = new LinkedHashMap<>();
        for (CalendarEvent event : calendar.events()) {
            rows.computeIfAbsent(event.taskId(), id -> new ArrayList<>()).add(event);
        }
        int chartBottom = ROW_Y + rows.size() * ROW_HEIGHT;
        List<TaskKind> kinds = new ArrayList<>();
        rows.values().forEach(events -> {
            if (!kinds.contains(events.get(0).kind())) {
                kinds.add(events.get(0).kind());
            }
        });
        int legendRows = (kinds.size() + 2) / 3;
        int height = chartBottom + 40 + legendRows * 22 + (calendar.unscheduled().isEmpty() ? 0 : 44) + 10;
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"13\">\n");
        svg.append("<title>").append(escape("Tiến độ: " + calendar.planTitle())).append("</title>\n");
        svg.append("<defs><pattern id=\"ongoing\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"8\" height=\"8\" fill=\"#ffffff\" ")
                .append("fill-opacity=\"0\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#ffffff\" ")
                .append("stroke-width=\"3\" stroke-opacity=\"0.45\"/></pattern></defs>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LABEL_X).append("\" y=\"24\" font-size=\"16\" font-weight=\"bold\">")
                .append(escape(shorten("Tiến độ thực hiện: " + calendar.planTitle(), 120))).append("</text>\n");
        for (int stripe = 1; stripe < rows.size(); stripe += 2) {
            svg.append("<rect x=\"0\" y=\"").append(ROW_Y + stripe * ROW_HEIGHT).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(ROW_HEIGHT).append("\" fill=\"#f4f4f4\"/>\n");
        }
        axis(svg, calendar, period, chartBottom);
        int row = 0;
        for (List<CalendarEvent> events : rows.values()) {
            int y = ROW_Y + row * ROW_HEIGHT;
            CalendarEvent first = events.get(0);
            svg.append("<text class=\"task\" x=\"").append(LABEL_X).append("\" y=\"").append(y + 17).append("\">")
                    .append(escape(shorten(first.sectionNumber() + ". " + first.title(), LABEL_LENGTH)))
                    .append("</text>\n");
            for (CalendarEvent event : events) {
                bar(svg, event, period, y);
            }
            row++;
        }
        greatUnityDays(svg, period, chartBottom);
        int y = chartBottom + 28;
        svg.append("<text x=\"").append(LABEL_X).append("\" y=\"").append(y).append("\" font-weight=\"bold\">")
                .append("Chú giải:</text>\n");
        for (int i = 0; i < kinds.size(); i++) {
            int lx = CHART_X - 340 + (i % 3) * 330;
            int ly = y + (i / 3) * 22;
            svg.append("<g class=\"legend\" data-kind=\"").append(kinds.get(i).code()).append("\"><rect x=\"")
                    .append(lx).append("\" y=\"").append(ly - 11).append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(kinds.get(i))).append("\"/><text x=\"").append(lx + 20).append("\" y=\"")
                    .append(ly).append("\">").append(escape(kinds.get(i).label(Language.VI))).append("</text></g>\n");
        }
        if (!calendar.unscheduled().isEmpty()) {
            int uy = y + legendRows * 22 + 14;
            List<String> numbers = new ArrayList<>();
            calendar.unscheduled().forEach(task -> {
                if (!numbers.contains(task.sectionNumber())) {
                    numbers.add(task.sectionNumber());
                }
            });
            svg.append("<text class=\"unscheduled\" x=\"").append(LABEL_X).append("\" y=\"").append(uy)
                    .append("\" font-style=\"italic\">")
                    .append(escape(calendar.unscheduled().size() + " nhiệm vụ không ghi thời gian thực hiện (mục "
                            + String.join(", ", numbers) + "): không có trên biểu đồ."))
                    .append("</text>\n");
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void axis(StringBuilder svg, PlanCalendar calendar, DateRange period, int chartBottom) {
        List<YearMonth> months = calendar.months();
        YearMonth previousQuarterStart = null;
        for (YearMonth month : months) {
            LocalDate start = max(month.atDay(1), period.start());
            LocalDate end = min(month.atEndOfMonth(), period.end());
            double x0 = x(start, period);
            double x1 = x(end.plusDays(1), period);
            int quarter = (month.getMonthValue() - 1) / 3;
            YearMonth quarterStart = YearMonth.of(month.getYear(), quarter * 3 + 1);
            if (!quarterStart.equals(previousQuarterStart)) {
                previousQuarterStart = quarterStart;
                LocalDate qEnd = min(quarterStart.plusMonths(2).atEndOfMonth(), period.end());
                double qx1 = x(qEnd.plusDays(1), period);
                svg.append("<g class=\"quarter\"><rect x=\"").append(fmt(x0)).append("\" y=\"").append(AXIS_Y)
                        .append("\" width=\"").append(fmt(qx1 - x0)).append("\" height=\"20\" fill=\"")
                        .append(quarter % 2 == 0 ? "#dde6f0" : "#eef2f7").append("\" stroke=\"#8899aa\"/>")
                        .append("<text x=\"").append(fmt((x0 + qx1) / 2)).append("\" y=\"").append(AXIS_Y + 15)
                        .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
                        .append(escape("Quý " + ROMAN[quarter] + "/" + month.getYear())).append("</text></g>\n");
                svg.append("<line x1=\"").append(fmt(x0)).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
                        .append(fmt(x0)).append("\" y2=\"").append(chartBottom)
                        .append("\" stroke=\"#8899aa\" stroke-width=\"1\"/>\n");
            } else {
                svg.append("<line x1=\"").append(fmt(x0)).append("\" y1=\"").append(AXIS_Y + 20).append("\" x2=\"")
                        .append(fmt(x0)).append("\" y2=\"").append(chartBottom)
                        .append("\" stroke=\"#d0d7de\" stroke-width=\"0.6\"/>\n");
            }
            svg.append("<text class=\"month\" x=\"").append(fmt((x0 + x1) / 2)).append("\" y=\"").append(AXIS_Y + 38)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">")
                    .append(months.size() <= 24 ? "T" + month.getMonthValue() : "").append("</text>\n");
        }
        double right = x(period.end().plusDays(1), period);
        svg.append("<line x1=\"").append(fmt(right)).append("\" y1=\"").append(AXIS_Y).append("\" x2=\"")
                .append(fmt(right)).append("\" y2=\"").append(chartBottom)
                .append("\" stroke=\"#8899aa\" stroke-width=\"1\"/>\n");
    }

    private static void bar(StringBuilder svg, CalendarEvent event, DateRange period, int y) {
        double x0 = x(event.range().start(), period);
        double x1 = Math.max(x(event.range().end().plusDays(1), period), x0 + 3);
        String fill = colour(event.kind());
        svg.append("<g class=\"bar\" data-task=\"").append(escape(event.taskId())).append("\" data-kind=\"")
                .append(event.kind().code()).append("\" data-start=\"").append(event.range().start())
                .append("\" data-end=\"").append(event.range().end()).append("\" data-ongoing=\"")
                .append(event.ongoing()).append("\">");
        svg.append("<title>").append(escape(event.sectionNumber() + ". " + event.title() + " — " + event.schedule()))
                .append("</title>");
        svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(y + 5).append("\" width=\"")
                .append(fmt(x1 - x0)).append("\" height=\"").append(ROW_HEIGHT - 10).append("\" rx=\"3\" fill=\"")
                .append(fill).append("\"/>");
        if (event.ongoing()) {
            svg.append("<rect x=\"").append(fmt(x0)).append("\" y=\"").append(y + 5).append("\" width=\"")
                    .append(fmt(x1 - x0)).append("\" height=\"").append(ROW_HEIGHT - 10)
                    .append("\" rx=\"3\" fill=\"url(#ongoing)\"/>");
        }
        if (x1 - x0 > 90) {
            svg.append("<text x=\"").append(fmt(x0 + 6)).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"11\" fill=\"#ffffff\">").append(escape(event.schedule().toString()))
                    .append("</text>");
        }
        svg.append("</g>\n");
    }

    private static void greatUnityDays(StringBuilder svg, DateRange period, int chartBottom) {
        for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
            LocalDate day = LegalFacts.NATIONAL_GREAT_UNITY_DAY.atYear(year);
            if (!period.contains(day)) {
                continue;
            }
            double x = x(day, period) + (x(day.plusDays(1), period) - x(day, period)) / 2;
            svg.append("<g class=\"great-unity-day\" data-date=\"").append(day).append("\"><line x1=\"").append(fmt(x))
                    .append("\" y1=\"").append(AXIS_Y + 42).append("\" x2=\"").append(fmt(x)).append("\" y2=\"")
                    .append(chartBottom).append("\" stroke=\"#c00000\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>")
                    .append("<text x=\"").append(fmt(x - 4)).append("\" y=\"").append(AXIS_Y - 6)
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#c00000\" font-weight=\"bold\">")
                    .append(escape(String.format(Locale.ROOT, "%02d/%02d/%d: Ngày hội Đại đoàn kết toàn dân tộc ▼",
                            day.getDayOfMonth(), day.getMonthValue(), year)))
                    .append("</text></g>\n");
        }
    }

    private static double x(LocalDate day, DateRange period) {
        double total = period.lengthInDays();
        double offset = ChronoUnit.DAYS.between(period.start(), day);
        return CHART_X + (CHART_RIGHT - CHART_X) * offset / total;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : Graphemes.cut(text, length - 1).stripTrailing() + "…";
    }

    /**
     * Escapes text for XML content and attribute values, the same way as the HTML rendering.
     *
     * @param text the text, not null
     * @return the escaped text, never null
     */
    static String escape(String text) {
        return HtmlWriter.escape(text);
    }
}
