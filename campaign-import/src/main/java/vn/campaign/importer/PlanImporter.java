package vn.campaign.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import vn.campaign.importer.internal.DocxText;
import vn.campaign.importer.internal.DocumentReader;

/**
 * Imports existing plan documents (Markdown, plain text, Word) into the model.
 *
 * <p>The importer recognises the conventions of Front plans (Decree 30/2020/NĐ-CP as the Front
 * adapts it; {@code docs/import.md} lists them): the header and "Số: …" lines, the title "KẾ HOẠCH"
 * and its abstract, the "Thực hiện / Căn cứ …" references, sections I, II, … and their numbered
 * subsections, the "Nội dung / Hình thức / Thời gian thực hiện" fields, schedule phrases, "(nếu có)"
 * and "căn cứ tình hình thực tế", task kinds, funding sources, duties per actor, "Nơi nhận" and the
 * signature. Text is NFC-normalised first; headings are recognised in any case, with or without
 * Markdown marks.
 *
 * <p>Every import returns an {@link ImportResult}: the plan, or why none could be built, and a report
 * of every piece of text that was not mapped, or mapped by a guess or a default. A document that is
 * not a plan gives a result without a plan, never an exception.
 *
 * <p>Immutable and thread-safe: create one and share it.
 *
 * @since 0.1
 */
public final class PlanImporter {

    private static final PlanImporter INSTANCE = new PlanImporter(ImportLimits.defaults());

    private final ImportLimits limits;

    private PlanImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns an importer with the {@linkplain ImportLimits#defaults() default limits}.
     *
     * @return the importer, never null
     */
    public static PlanImporter create() {
        return INSTANCE;
    }

    /**
     * Returns an importer like this one with other limits.
     *
     * @param limits the limits, not null
     * @return an importer, never null
     */
    public PlanImporter withLimits(ImportLimits limits) {
        return new PlanImporter(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Returns the limits of this importer.
     *
     * @return the limits, never null
     */
    public ImportLimits limits() {
        return limits;
    }

    /**
     * Imports a plan written in Markdown, as in the seed document: {@code #} headings, {@code **}
     * and {@code *} emphasis and backslash escapes are markup, not text.
     *
     * @param markdown the document, not null
     * @return the result, never null
     * @throws ImportLimitException if the document is beyond a limit of {@link #limits()}
     */
    public ImportResult importMarkdown(String markdown) {
        Objects.requireNonNull(markdown, "markdown");
        return DocumentReader.read(markdown, true, limits);
    }

    /**
     * Imports a plan written as plain text: every character is text; lines starting with "- ", "+ ",
     * "• " are bullets.
     *
     * @param text the document, not null
     * @return the result, never null
     * @throws ImportLimitException if the document is beyond a limit of {@link #limits()}
     */
    public ImportResult importText(String text) {
        Objects.requireNonNull(text, "text");
        return DocumentReader.read(text, false, limits);
    }

    /**
     * Imports a plan written in Word (.docx). Needs Apache POI ({@code org.apache.poi:poi-ooxml}) on the
     * class path: campaign-io declares it optional. The stream is read to memory (at most {@link
     * ImportLimits#maxDocumentLength()} bytes) and its parts are inflated once and counted before POI reads
     * it. The text of the document is read one paragraph a
     * line (table cells row by row), then imported as plain text; line numbers in the report are lines
     * of that text.
     *
     * @param docx the document, not null; read to its end, not closed
     * @return the result, never null
     * @throws IOException if the stream cannot be read or is not a .docx document
     * @throws ImportLimitException if the document is beyond a limit of {@link #limits()}: its bytes,
     *     its parts inflated (counted before Apache POI parses any of them), its paragraphs or table cells
     * @throws IllegalStateException if Apache POI is not on the class path
     */
    public ImportResult importDocx(InputStream docx) throws IOException {
        Objects.requireNonNull(docx, "docx");
        try {
            Class.forName("org.apache.poi.xwpf.usermodel.XWPFDocument", false, PlanImporter.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Importing .docx needs Apache POI (org.apache.poi:poi-ooxml) on the "
                    + "class path", e);
        }
        // The document's bytes and its parts inflated are bounded; its text (larger than the compressed
        // file) is bounded by them, so only its lines are counted again.
        return DocumentReader.read(DocxText.extract(docx, limits), false,
                limits.withMaxDocumentLength(ImportLimits.MAX_DOCUMENT_LENGTH));
    }
}
