package vn.campaign.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Extracts the text of a Word document with Apache POI: one line per paragraph, in body order, the
 * cells of tables (the usual layout of "Nơi nhận" beside the signature) row by row. A table of tasks,
 * whose first row names its columns ("STT", "Nội dung", "Thời gian", "Chủ trì", "Phối hợp"), is written
 * as table rows instead, "| 1 | Tổ chức hội nghị | Quý I/2026 | … |", one line a row, which the plain
 * text reader reads as rows. Bulleted list paragraphs get a "- " so the importer sees them as bullets.
 * Only this class touches POI, so the rest of the importer works without it. Not part of the API.
 */
public final class DocxText {

    private DocxText() {
    }

    /**
     * Returns the text of a .docx document.
     *
     * @param input the document, not null; not closed
     * @return the text, one paragraph a line
     * @throws IOException if the stream cannot be read or is not a .docx document
     */
    public static String extract(InputStream input) throws IOException {
        try (XWPFDocument document = new XWPFDocument(input)) {
            StringBuilder text = new StringBuilder();
            append(document.getBodyElements(), text);
            return text.toString();
        } catch (RuntimeException e) {
            // POI reports a stream that is not OOXML with unchecked exceptions (NotOfficeXmlFileException…).
            throw new IOException("Not a Word (.docx) document: " + e.getMessage(), e);
        }
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

    private static void append(List<IBodyElement> elements, StringBuilder text) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph) {
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
                        text.append('|');
                        for (XWPFTableCell cell : row.getTableCells()) {
                            text.append(' ').append(cell.getText().replace('|', '/').replaceAll("\\s+", " ").strip())
                                    .append(" |");
                        }
                        text.append('\n');
                    }
                    continue;
                }
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        append(cell.getBodyElements(), text);
                    }
                }
            }
        }
    }
}
