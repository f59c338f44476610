package vn.campaign.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import vn.campaign.render.internal.DocumentLayout;
import vn.campaign.render.internal.DocxWriter;
import vn.campaign.render.internal.HtmlWriter;
import vn.campaign.render.internal.MarkdownWriter;
import vn.campaign.model.Plan;

/**
 * Renders a plan as the official document officials read and sign, laid out as Decree
 * 30/2020/NĐ-CP (Appendix I) sets it and the Front uses it: issuing body under its parent and the
 * number and symbol at the top left; the title line and the place and date at the top right; type and
 * abstract; the sentences naming the parent plan and legal bases ("Thực hiện Kế hoạch số …;"); the
 * preamble; the sections with their numbers as written, each task as "- Nội dung: …", "- Hình thức:
 * …", "- Thời gian thực hiện: …."; the funding sources under the funding section; the closing line;
 * "Nơi nhận:" with the markers (B/c), (P/h), (T/h) and "Lưu VT."; the signature block.
 *
 * <p>What the plan lacks is printed as the blank an official fills in: "Số: …/KH-MTTQ-BTT" (the
 * type code and the issuer's symbol code), "…, ngày … tháng … năm …". In sections that list an
 * actor's duties ({@link vn.campaign.model.SectionKind#ORGANISATION}) no "Thời gian thực hiện" line
 * is printed: the documents put the time inside the duty's sentence there.
 *
 * <p>Output is deterministic: the same plan gives the same characters (and, for DOCX, the same
 * bytes). Markdown and HTML are UTF-8 text with every text of the plan escaped.
 *
 * <p>Every rendering first checks the plan against the renderer's {@link RenderLimits} (the
 * {@linkplain RenderLimits#defaults() defaults} unless {@link #withLimits(RenderLimits)} sets others).
 *
 * <p>Immutable and thread-safe: create once and share.
 *
 * @since 0.1
 */
public final class PlanRenderer {

    private final HeaderTitle headerTitle;
    private final RenderLimits limits;

    private PlanRenderer(HeaderTitle headerTitle, RenderLimits limits) {
        this.headerTitle = headerTitle;
        this.limits = limits;
    }

    /**
     * Returns a renderer that prints the national title and motto ({@link HeaderTitle#NATIONAL}).
     *
     * @return the renderer, never null
     */
    public static PlanRenderer create() {
        return new PlanRenderer(HeaderTitle.NATIONAL, RenderLimits.defaults());
    }

    /**
     * Returns a renderer like this one with another title line.
     *
     * @param title the title line, not null
     * @return a renderer, never null
     */
    public PlanRenderer withHeaderTitle(HeaderTitle title) {
        return new PlanRenderer(Objects.requireNonNull(title, "title"), limits);
    }

    /**
     * Returns a renderer like this one with other limits.
     *
     * @param newLimits the limits, not null
     * @return a renderer, never null
     */
    public PlanRenderer withLimits(RenderLimits newLimits) {
        return new PlanRenderer(headerTitle, Objects.requireNonNull(newLimits, "newLimits"));
    }

    /**
     * Returns the limits this renderer checks before rendering.
     *
     * @return the limits, never null
     */
    public RenderLimits limits() {
        return limits;
    }

    /** The layout of a plan, once its tasks and its text are checked against the limits. */
    private DocumentLayout layout(Plan plan) {
        limits.checkTasks(plan.allTasks().count());
        DocumentLayout layout = DocumentLayout.of(plan, headerTitle.lines());
        limits.checkText(layout.textLength());
        return layout;
    }

    /**
     * Returns the title line this renderer prints.
     *
     * @return the title line, never null
     */
    public HeaderTitle headerTitle() {
        return headerTitle;
    }

    /**
     * Renders a plan as Markdown.
     *
     * @param plan the plan, not null
     * @return the text, lines ending in {@code \n}, never null
     * @throws RenderLimitException if the plan is beyond a limit of {@link #limits()}
     */
    public String markdown(Plan plan) {
        return MarkdownWriter.write(layout(Objects.requireNonNull(plan, "plan")));
    }

    /**
     * Renders a plan as one self-contained HTML file (inline CSS, {@code lang="vi"}, UTF-8, A4 print
     * layout in Times New Roman 14 pt).
     *
     * @param plan the plan, not null
     * @return the HTML text, never null
     * @throws RenderLimitException if the plan is beyond a limit of {@link #limits()}
     */
    public String html(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return HtmlWriter.write(layout(plan),
                plan.type().label() + " " + plan.title());
    }

    /**
     * Renders a plan as a Word document. Needs Apache POI {@code poi-ooxml}, an optional dependency
     * of this module, on the class path.
     *
     * @param plan the plan, not null
     * @return the bytes of the .docx file, never null
     * @throws RenderLimitException if the plan is beyond a limit of {@link #limits()}
     * @throws NoClassDefFoundError if POI is not on the class path
     */
    public byte[] docx(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return DocxWriter.write(layout(plan), plan.date().orElse(plan.period().start()));
    }

    /**
     * Renders a plan in a format to a stream, which is not closed.
     *
     * @param plan the plan, not null
     * @param format the format, not null
     * @param out the stream, not null
     * @throws IOException if the stream fails
     * @throws RenderLimitException if the plan is beyond a limit of {@link #limits()}; nothing is written
     */
    public void render(Plan plan, DocumentFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case MARKDOWN:
                out.write(markdown(plan).getBytes(StandardCharsets.UTF_8));
                break;
            case HTML:
                out.write(html(plan).getBytes(StandardCharsets.UTF_8));
                break;
            default:
                out.write(docx(plan));
        }
    }
}
