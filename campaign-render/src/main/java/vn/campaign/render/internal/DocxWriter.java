package vn.campaign.render.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link DocumentLayout} as a Word document with Apache POI: A4, the Decree's margins and
 * type (see {@link HtmlWriter}), the header and the end (recipients beside the signature) as
 * borderless two-column tables, section headings with the built-in outline styles "Heading1" to
 * "Heading3" so that Word's navigation pane shows them. Not API; immutable and thread-safe.
 *
 * <p>The bytes are deterministic: the package's entries are rewritten in their order with a fixed
 * time, since POI stamps them with the clock.
 */
public final class DocxWriter {

    private static final String FONT = "Times New Roman";
    /** 1 mm in twentieths of a point. */
    private static final double TWIPS_PER_MM = 56.6929;
    /** The header columns in twips: 165 mm of text width split about 38 : 62. */
    private static final int LEFT_COLUMN = 3_555;
    private static final int RIGHT_COLUMN = 5_799;
    /** The end (recipients beside the signature) in two equal columns, in twips. */
    private static final int HALF_COLUMN = 4_677;
    /** 1 January 1980, the earliest time a ZIP entry holds. */
    private static final long ZIP_EPOCH = 315_532_800_000L;

    private DocxWriter() {
    }

    /**
     * Writes the layout.
     *
     * @param layout the layout, not null
     * @param created the creation date written in the document's properties (the plan's date, or the
     *     start of its period), not null; the clock would make every rendering differ
     * @return the bytes of the .docx file, never null
     */
    public static byte[] write(DocumentLayout layout, LocalDate created) {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            headingStyles(doc);
            XWPFTable header = twoColumns(doc, LEFT_COLUMN, RIGHT_COLUMN);
            XWPFTableCell left = header.getRow(0).getCell(0);
            XWPFParagraph first = left.getParagraphs().get(0);
            boolean used = false;
            for (String line : layout.parentBody()) {
                text(used ? left.addParagraph() : first, line, 13, false, false, ParagraphAlignment.CENTER);
                used = true;
            }
            for (String line : layout.issuingBody()) {
                text(used ? left.addParagraph() : first, line, 13, true, false, ParagraphAlignment.CENTER);
                used = true;
            }
            text(left.addParagraph(), layout.numberLine(), 13, false, false, ParagraphAlignment.CENTER);
            XWPFTableCell right = header.getRow(0).getCell(1);
            List<String> title = layout.titleLines();
            for (int i = 0; i < title.size(); i++) {
                text(i == 0 ? right.getParagraphs().get(0) : right.addParagraph(), title.get(i), i == 0 ? 13 : 14,
                        true, false, ParagraphAlignment.CENTER);
            }
            text(right.addParagraph(), layout.placeDateLine(), 14, false, true, ParagraphAlignment.CENTER);

            XWPFParagraph type = doc.createParagraph();
            type.setSpacingBefore(360);
            text(type, layout.typeLine(), 14, true, false, ParagraphAlignment.CENTER);
            text(doc.createParagraph(), layout.abstractLine(), 14, true, false, ParagraphAlignment.CENTER);
            for (String reference : layout.references()) {
                body(doc, reference, false);
            }
            for (Block item : layout.body()) {
                if (item instanceof Block.Heading) {
                    Block.Heading heading = (Block.Heading) item;
                    XWPFParagraph p = doc.createParagraph();
                    p.setStyle("Heading" + Math.min(heading.depth(), 3));
                    p.setIndentationFirstLine(567);
                    run(p, heading.line(), 14, true, heading.depth() >= 3);
                } else if (item instanceof Block.LeadParagraph) {
                    Block.LeadParagraph lead = (Block.LeadParagraph) item;
                    XWPFParagraph p = bodyParagraph(doc);
                    run(p, lead.leadLine() + " ", 14, true, false);
                    run(p, lead.text(), 14, false, false);
                } else if (item instanceof Block.Paragraph) {
                    body(doc, ((Block.Paragraph) item).text(), false);
                } else {
                    body(doc, "- " + ((Block.Bullet) item).line(), false);
                }
            }
            layout.closing().ifPresent(closing -> body(doc, closing, false));

            doc.createParagraph();
            XWPFTable end = twoColumns(doc, HALF_COLUMN, HALF_COLUMN);
            XWPFTableCell recipients = end.getRow(0).getCell(0);
            XWPFParagraph title0 = recipients.getParagraphs().get(0);
            if (!layout.recipients().isEmpty()) {
                text(title0, "Nơi nhận:", 12, true, true, ParagraphAlignment.LEFT);
                for (String line : layout.recipients()) {
                    text(recipients.addParagraph(), "- " + line, 11, false, false, ParagraphAlignment.LEFT);
                }
            }
            XWPFTableCell signature = end.getRow(0).getCell(1);
            XWPFParagraph sig0 = signature.getParagraphs().get(0);
            List<String> heads = layout.signatureHeads();
            for (int i = 0; i < heads.size(); i++) {
                text(i == 0 ? sig0 : signature.addParagraph(), heads.get(i), 14, true, false,
                        ParagraphAlignment.CENTER);
            }
            Optional<String> name = layout.signerName();
            if (name.isPresent()) {
                for (int i = 0; i < 4; i++) {
                    signature.addParagraph();
                }
                text(signature.addParagraph(), name.get(), 14, true, false, ParagraphAlignment.CENTER);
            }
            doc.getProperties().getCoreProperties().setCreator("campaign-sdk");
            doc.getProperties().getCoreProperties().setCreated(
                    Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant())));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return fixTimes(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11_906));
        size.setH(BigInteger.valueOf(16_838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(20));
        margins.setBottom(twips(20));
        margins.setLeft(twips(30));
        margins.setRight(twips(15));
    }

    private static BigInteger twips(int millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static XWPFTable twoColumns(XWPFDocument doc, int left, int right) {
        XWPFTable table = doc.createTable(1, 2);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(left + right));
        table.setTableAlignment(TableRowAlign.CENTER);
        table.removeBorders();
        // Word and LibreOffice size columns from the grid, not from the cells alone.
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        List<CTTblGridCol> columns = grid.getGridColList();
        int[] widths = {left, right};
        for (int i = 0; i < 2; i++) {
            if (i < columns.size()) {
                columns.get(i).setW(BigInteger.valueOf(widths[i]));
            } else {
                grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
            }
            XWPFTableCell cell = table.getRow(0).getCell(i);
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(widths[i]));
        }
        return table;
    }

    private static void body(XWPFDocument doc, String text, boolean italic) {
        run(bodyParagraph(doc), text, 14, false, italic);
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(567);
        p.setSpacingAfter(120);
        return p;
    }

    private static void text(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
            ParagraphAlignment alignment) {
        p.setAlignment(alignment);
        p.setSpacingAfter(0);
        run(p, text, size, bold, italic);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        // XmlBeans writes any character it is given, and Word refuses a document with one XML forbids.
        run.setText(HtmlWriter.xmlText(text));
    }

    private static byte[] fixTimes(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(ZIP_EPOCH);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
