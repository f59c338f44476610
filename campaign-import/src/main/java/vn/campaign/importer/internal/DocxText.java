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
 * cells of tables (the usual layout of "Nơi nhận" beside the signature) row by row. Bulleted list
 * paragraphs get a "- " so the importer sees them as bullets. Only this class touches POI, so the
 * rest of the importer works without it. Not part of the API.
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
                for (XWPFTableRow row : ((XWPFTable) element).getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        append(cell.getBodyElements(), text);
                    }
                }
            }
        }
    }
}
