package vn.campaign.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Report;
import vn.campaign.finding.Severity;
import vn.campaign.render.internal.HtmlWriter;
import vn.campaign.render.internal.MarkdownWriter;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;

/**
 * The findings of the validation of one or more plans, written for the people who fix the plans:
 * grouped by the part of the document they are in (the section heading "IV.2. Ban Thường trực …"
 * for a finding whose pointer is under {@code /sections/3/subsections/2}; the header, the
 * references, funding, recipients and signature for the rest), in document order, each with its
 * severity, message and what to do ({@link Finding#hint(Language)}), in Vietnamese by default.
 *
 * <p>A file that could not be read is reported with its reading error in place of its findings.
 * Rendered as Markdown or as one self-contained HTML file; every text is escaped. Output is
 * deterministic, and bounded by {@link RenderLimits#maxTextLength()} (by default 1,000,000
 * characters, see {@link #withLimits(RenderLimits)}): a report that would be longer fails with
 * {@link RenderLimitException} while it is rendered, before it holds much more than the limit.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FindingsReport {

    private static final String HEADER_PART = "header";

    private final List<Entry> entries;
    private final Language language;
    private final RenderLimits limits;

    /** One file of the report. */
    private record Entry(String source, Optional<Plan> plan, List<Finding> findings, Optional<String> error) {
    }

    private FindingsReport(List<Entry> entries, Language language, RenderLimits limits) {
        this.entries = List.copyOf(entries);
        this.language = language;
        this.limits = limits;
    }

    /**
     * Returns an empty report in Vietnamese.
     *
     * @return the report, never null
     */
    public static FindingsReport create() {
        return new FindingsReport(List.of(), Language.VI, RenderLimits.defaults());
    }

    /**
     * Returns this report in another language.
     *
     * @param newLanguage the language, not null
     * @return a report, never null
     */
    public FindingsReport inLanguage(Language newLanguage) {
        return new FindingsReport(entries, Objects.requireNonNull(newLanguage, "newLanguage"), limits);
    }

    /**
     * Returns this report with other limits; only {@link RenderLimits#maxTextLength()} applies, to the
     * rendered text (Markdown or HTML, markup included).
     *
     * @param newLimits the limits, not null
     * @return a report, never null
     */
    public FindingsReport withLimits(RenderLimits newLimits) {
        return new FindingsReport(entries, language, Objects.requireNonNull(newLimits, "newLimits"));
    }

    /**
     * Returns this report with the findings of one plan added.
     *
     * @param source the file name or other label of the plan, not null
     * @param plan the plan, not null
     * @param report its report, such as its {@code ValidationReport}, not null
     * @return a report, never null
     */
    public FindingsReport with(String source, Plan plan, Report report) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(report, "report");
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(source, Optional.of(plan), report.findings(), Optional.empty()));
        return new FindingsReport(more, language, limits);
    }

    /**
     * Returns this report with a file that could not be read.
     *
     * @param source the file name, not null
     * @param error what went wrong, as the reader said it, not null
     * @return a report, never null
     */
    public FindingsReport withUnreadable(String source, String error) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
        List<Entry> more = new ArrayList<>(entries);
        more.add(new Entry(source, Optional.empty(), List.of(), Optional.of(error)));
        return new FindingsReport(more, language, limits);
    }

    /**
     * Returns the number of findings of a severity over all plans.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return (int) entries.stream().flatMap(e -> e.findings().stream()).filter(f -> f.severity() == severity).count();
    }

    /**
     * Returns the number of files that could not be read.
     *
     * @return the count
     */
    public int unreadable() {
        return (int) entries.stream().filter(e -> e.error().isPresent()).count();
    }

    private boolean vi() {
        return language == Language.VI;
    }

    /**
     * Renders the report as Markdown.
     *
     * @return the text, lines ending in {@code \n}, never null
     * @throws RenderLimitException if the text would be longer than {@link RenderLimits#maxTextLength()}
     */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(vi() ? "Báo cáo kiểm tra kế hoạch" : "Plan validation report").append("\n\n")
                .append(summary()).append("\n");
        for (Entry entry : entries) {
            checkLength(finalLength(out));
            out.append("\n## ").append(MarkdownWriter.escape(entry.source())).append("\n\n");
            if (entry.error().isPresent()) {
                out.append("**").append(vi() ? "Không đọc được tệp" : "The file could not be read").append(":** ")
                        .append(MarkdownWriter.escape(entry.error().get())).append('\n');
                continue;
            }
            Plan plan = entry.plan().orElseThrow();
            out.append("*").append(MarkdownWriter.escape(plan.type().label(language) + " " + plan.title()))
                    .append("*\n\n");
            if (entry.findings().isEmpty()) {
                out.append(vi() ? "Không có phát hiện nào." : "No findings.").append('\n');
                continue;
            }
            for (Map.Entry<String, List<Finding>> group : groups(plan, entry.findings()).entrySet()) {
                out.append("### ").append(MarkdownWriter.escape(group.getKey())).append("\n\n");
                for (Finding finding : group.getValue()) {
                    out.append("- **").append(finding.severity().label(language)).append("** `").append(finding.code())
                            .append("` (").append(MarkdownWriter.escape(shown(finding.pointer())))
                            .append("): ").append(MarkdownWriter.escape(finding.message(language))).append("  \n  *")
                            .append(vi() ? "Cách xử lý" : "What to do").append(":* ")
                            .append(MarkdownWriter.escape(finding.hint(language))).append('\n');
                    checkLength(finalLength(out));
                }
                out.append('\n');
            }
        }
        String text = out.toString().stripTrailing() + "\n";
        checkLength(text.length());
        return text;
    }

    /**
     * Renders the report as one self-contained HTML file (inline CSS, {@code lang} set, UTF-8).
     *
     * @return the HTML text, never null
     * @throws RenderLimitException if the text would be longer than {@link RenderLimits#maxTextLength()}
     */
    public String html() {
        String title = vi() ? "Báo cáo kiểm tra kế hoạch" : "Plan validation report";
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"").append(vi() ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>").append(title).append("</title>\n<style>\n")
                .append("body { font-family: 'Times New Roman', Times, serif; font-size: 13pt; max-width: 180mm;"
                        + " margin: 12mm auto; color: #000; }\n")
                .append("h1 { font-size: 16pt; } h2 { font-size: 14pt; border-bottom: 1px solid #888; }"
                        + " h3 { font-size: 13pt; margin-bottom: 2pt; }\n")
                .append("li { margin-bottom: 6pt; } .ERROR { color: #b00020; } .WARNING { color: #8a5a00; }"
                        + " .INFO { color: #1f4e79; } code { font-size: 11pt; } .hint { font-style: italic; }\n")
                .append("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }\n</style>\n</head>\n<body>\n");
        out.append("<h1>").append(title).append("</h1>\n<p class=\"summary\">").append(HtmlWriter.escape(summary()))
                .append("</p>\n");
        for (Entry entry : entries) {
            checkLength(out.length());
            out.append("<section class=\"plan\">\n<h2>").append(HtmlWriter.escape(entry.source())).append("</h2>\n");
            if (entry.error().isPresent()) {
                out.append("<p class=\"unreadable\"><b>").append(vi() ? "Không đọc được tệp" : "The file could not be read")
                        .append(":</b> ").append(HtmlWriter.escape(entry.error().get())).append("</p>\n</section>\n");
                continue;
            }
            Plan plan = entry.plan().orElseThrow();
            out.append("<p><i>").append(HtmlWriter.escape(plan.type().label(language) + " " + plan.title()))
                    .append("</i></p>\n");
            if (entry.findings().isEmpty()) {
                out.append("<p class=\"clean\">").append(vi() ? "Không có phát hiện nào." : "No findings.")
                        .append("</p>\n");
            }
            for (Map.Entry<String, List<Finding>> group : groups(plan, entry.findings()).entrySet()) {
                out.append("<h3>").append(HtmlWriter.escape(group.getKey())).append("</h3>\n<ul>\n");
                for (Finding finding : group.getValue()) {
                    out.append("<li class=\"finding ").append(finding.severity().name()).append("\" data-code=\"")
                            .append(HtmlWriter.escape(finding.code())).append("\"><b>")
                            .append(finding.severity().label(language)).append("</b> <code>")
                            .append(HtmlWriter.escape(finding.code())).append("</code> (<code>")
                            .append(HtmlWriter.escape(shown(finding.pointer())))
                            .append("</code>): <span class=\"message\">")
                            .append(HtmlWriter.escape(finding.message(language))).append("</span><br><span class=\"hint\">")
                            .append(vi() ? "Cách xử lý" : "What to do").append(": ")
                            .append(HtmlWriter.escape(finding.hint(language))).append("</span></li>\n");
                    checkLength(out.length());
                }
                out.append("</ul>\n");
            }
            out.append("</section>\n");
        }
        out.append("</body>\n</html>\n");
        checkLength(out.length());
        return out.toString();
    }

    /**
     * The least length the Markdown will have, trailing spaces stripped at its end as they will be: a
     * finding without a hint ends its line in a space.
     */
    private static int finalLength(StringBuilder out) {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return end + 1;
    }

    /** Stops a rendering that grows beyond the text limit, before it holds much more than it. */
    private void checkLength(int length) {
        if (length > limits.maxTextLength()) {
            throw new RenderLimitException("The report", "more than " + limits.maxTextLength() + " characters of text",
                    "maxTextLength", limits.maxTextLength());
        }
    }

    private String summary() {
        int errors = count(Severity.ERROR);
        int warnings = count(Severity.WARNING);
        int infos = count(Severity.INFO);
        String text = vi()
                ? entries.size() + " tệp: " + errors + " lỗi, " + warnings + " cảnh báo, " + infos + " thông tin"
                : entries.size() + " file(s): " + errors + " error(s), " + warnings + " warning(s), " + infos
                        + " information";
        int unreadable = unreadable();
        if (unreadable > 0) {
            text += vi() ? "; " + unreadable + " tệp không đọc được" : "; " + unreadable + " unreadable";
        }
        return text + ".";
    }

    /** Groups in document order: header, references, each section, funding, recipients, signature, others. */
    private Map<String, List<Finding>> groups(Plan plan, List<Finding> findings) {
        List<String> order = new ArrayList<>();
        order.add(HEADER_PART);
        order.add("references");
        plan.allSections().forEach(section -> order.add("section:" + section.id()));
        order.addAll(List.of("funding", "recipients", "signature", "actors", "other"));
        Map<String, List<Finding>> byPart = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String[] part = part(plan, finding.pointer());
            byPart.computeIfAbsent(part[0], k -> new ArrayList<>()).add(finding);
            headings.put(part[0], part[1]);
        }
        Map<String, List<Finding>> result = new LinkedHashMap<>();
        for (String key : order) {
            List<Finding> group = byPart.get(key);
            if (group != null) {
                group.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.pointer().toString())
                        .thenComparing(Finding::code));
                result.put(headings.get(key), List.copyOf(group));
            }
        }
        return result;
    }

    /** The pointer as the report shows it: {@code "/"} for the whole plan. */
    private static String shown(PlanPointer pointer) {
        return pointer.isRoot() ? "/" : pointer.toString();
    }

    /** Returns the key and the heading of the part of the document a pointer is in. */
    private String[] part(Plan plan, PlanPointer pointer) {
        String first = pointer.isRoot() ? "" : pointer.segment(0);
        switch (first) {
            case "sections":
                Optional<Section[]> path = sectionPath(plan, pointer);
                if (path.isPresent()) {
                    Section[] sections = path.get();
                    Section deepest = sections[sections.length - 1];
                    String number = sections.length == 1 ? deepest.number()
                            : sections[0].number() + "." + deepest.number();
                    return new String[] {"section:" + deepest.id(), number + ". " + deepest.heading()};
                }
                return new String[] {"other", vi() ? "Các mục" : "Sections"};
            case "type":
            case "number":
            case "issuerId":
            case "place":
            case "date":
            case "title":
            case "period":
            case "campaign":
            case "integrations":
            case "preamble":
            case "":
                return new String[] {HEADER_PART, vi() ? "Phần đầu văn bản" : "Document header"};
            case "references":
                return new String[] {"references", vi() ? "Văn bản căn cứ" : "References"};
            case "funding":
                return new String[] {"funding", vi() ? "Kinh phí" : "Funding"};
            case "recipients":
                return new String[] {"recipients", vi() ? "Nơi nhận" : "Recipients"};
            case "signature":
            case "closing":
                return new String[] {"signature", vi() ? "Phần kết và chữ ký" : "Closing and signature"};
            case "actors":
                return new String[] {"actors", vi() ? "Các cơ quan, tổ chức được nêu" : "Bodies named"};
            default:
                return new String[] {"other", vi() ? "Khác" : "Other"};
        }
    }

    /** Follows /sections/i/subsections/j/… as far as the plan has those sections. */
    private static Optional<Section[]> sectionPath(Plan plan, PlanPointer pointer) {
        List<String> tokens = pointer.segments();
        List<Section> path = new ArrayList<>();
        List<Section> level = plan.sections();
        int i = 1;
        while (i < tokens.size()) {
            int index;
            try {
                index = Integer.parseInt(tokens.get(i));
            } catch (NumberFormatException e) {
                break;
            }
            if (index < 0 || index >= level.size()) {
                break;
            }
            Section section = level.get(index);
            path.add(section);
            level = section.subsections();
            if (i + 2 < tokens.size() && tokens.get(i + 1).equals("subsections")) {
                i += 2;
            } else {
                break;
            }
        }
        return path.isEmpty() ? Optional.empty() : Optional.of(path.toArray(Section[]::new));
    }
}
