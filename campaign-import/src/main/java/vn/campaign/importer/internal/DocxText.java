package vn.campaign.importer.internal;

import java.util.regex.Pattern;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.campaign.importer.ImportLimitException;
import vn.campaign.importer.ImportLimits;
import vn.campaign.text.Graphemes;

/**
 * Extracts the text of a Word document with Apache POI: one line per paragraph, in body order, the
 * cells of tables (the usual layout of "Nơi nhận" beside the signature) row by row. A table of tasks,
 * whose first row names its columns ("STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"), is written
 * as table rows instead, "| 1 | Tổ chức hội nghị | Quý I/2026 | … |", one line a row, which the plain
 * text reader reads as rows. Bulleted list paragraphs get a "- " so the importer sees them as bullets.
 * Only this class touches POI, so the rest of the importer works without it. Not part of the API.
 *
 * <p>POI builds the whole XML tree of a part in memory, about ten times the part's size, and its own
 * guard ({@code ZipSecureFile}) only refuses ratios above 100 and sizes above 4 GB: a 358 KB document
 * whose body inflates to 20 MB passes it and exhausts a 256 MB heap. So the document is first read to
 * memory within {@link ImportLimits#maxDocumentLength()}, every part inflated once and counted with
 * the same ZIP reader POI uses on a stream (commons-compress), and only then given to POI.
 */
public final class DocxText {

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Parts smaller than this once inflated are not checked for their ratio, as POI's grace size. */
    private static final long GRACE_SIZE = 100 * 1024;

    private final ImportLimits limits;
    private int lines;
    private int cells;

    private DocxText(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Returns the text of a .docx document.
     *
     * @param input the document, not null; not closed
     * @param limits the limits, not null
     * @return the text, one paragraph a line
     * @throws IOException if the stream cannot be read or is not a .docx document
     * @throws ImportLimitException if the document is beyond a limit
     */
    public static String extract(InputStream input, ImportLimits limits) throws IOException {
        byte[] bytes = readBounded(input, limits);
        checkParts(bytes, limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            new DocxText(limits).append(document.getBodyElements(), text);
            return text.toString();
        } catch (ImportLimitException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a stream that is not OOXML with unchecked exceptions (NotOfficeXmlFileException…),
            // and a part in an unknown encoding with the bare name of the encoding ("UTF-7"); the bytes are
            // in memory, so every failure here is the document's.
            throw new IOException("Not a Word (.docx) document: " + e.getMessage(), e);
        }
    }

    private static byte[] readBounded(InputStream input, ImportLimits limits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = input.read(buffer)) >= 0;) {
            total += n;
            DocumentReader.checkLength(total, limits);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Inflates every part once, counting parts, bytes and the ratio of each, before POI sees any. */
    private static void checkParts(byte[] bytes, ImportLimits limits) throws IOException {
        byte[] buffer = new byte[8192];
        long inflated = 0;
        int entries = 0;
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null;) {
                if (++entries > limits.maxEntries()) {
                    throw new ImportLimitException("more than " + limits.maxEntries() + " parts (ZIP entries)",
                            "maxEntries", limits.maxEntries());
                }
                for (int n; (n = zip.read(buffer)) >= 0;) {
                    inflated += n;
                    if (inflated > limits.maxInflatedSize()) {
                        throw new ImportLimitException("parts inflating to more than " + limits.maxInflatedSize()
                                + " bytes", "maxInflatedSize", limits.maxInflatedSize());
                    }
                    long out = zip.getUncompressedCount();
                    if (out > GRACE_SIZE && (double) zip.getCompressedCount() / out < limits.minInflateRatio()) {
                        throw new ImportLimitException("a part (" + oneLine(entry.getName())
                                + ") inflating to more than " + Math.round(1 / limits.minInflateRatio())
                                + " times its size", "minInflateRatio", Math.round(1 / limits.minInflateRatio()));
                    }
                }
            }
        } catch (ImportLimitException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IOException("Not a Word (.docx) document: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new IOException("Not a Word (.docx) document: no ZIP entry");
        }
    }

    /** A part's name for a message: at most 60 characters, no control characters. */
    private static String oneLine(String name) {
        String clean = CONTROL.matcher(name).replaceAll("?");
        return clean.length() > 60 ? Graphemes.cut(clean, 60) + "…" : clean;
    }

    /** Whether a table's first row names the columns of tasks: a content column and a time or lead column. */
    private static boolean isTableOfTasks(XWPFTable table) {
        if (table.getRows().isEmpty()) {
            return false;
        }
        boolean content = false;
        boolean other = false;
        for (XWPFTableCell cell : table.getRows().get(0).getTableCells()) {
            String f = Fold.fold(java.text.Normalizer.normalize(cell.getText(), java.text.Normalizer.Form.NFC).strip());
            content |= f.startsWith("noi dung") || f.startsWith("nhiem vu") || f.startsWith("cong viec");
            other |= f.startsWith("thoi gian") || f.contains("chu tri") || f.contains("phoi hop");
        }
        return content && other;
    }

    private void line() {
        if (++lines > limits.maxLines()) {
            throw new ImportLimitException("more than " + limits.maxLines() + " paragraphs and table rows",
                    "maxLines", limits.maxLines());
        }
    }

    private void cell() {
        if (++cells > limits.maxTableCells()) {
            throw new ImportLimitException("more than " + limits.maxTableCells() + " table cells", "maxTableCells",
                    limits.maxTableCells());
        }
    }

    private void append(List<IBodyElement> elements, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
                line();
                XWPFParagraph paragraph = (XWPFParagraph) element;
                String line = paragraph.getText();
                if (paragraph.getNumID() != null && "bullet".equals(paragraph.getNumFmt())) {
                    line = "- " + line;
                }
                text.append(line).append('\n');
            } else if (element instanceof XWPFTable) {
                XWPFTable table = (XWPFTable) element;
                if (isTableOfTasks(table)) {
                    for (XWPFTableRow row : table.getRows()) {
                        line();
                        text.append('|');
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell();
                            text.append(' ').append(SPACES.matcher(cell.getText().replace('|', '/')).replaceAll(" ").strip())
                                    .append(" |");
                        }
                        text.append('\n');
                    }
                    continue;
                }
                for (XWPFTableRow row : table.getRows()) {
                    line();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell();
                        append(cell.getBodyElements(), text);
                    }
                }
            }
        }
    }
}
