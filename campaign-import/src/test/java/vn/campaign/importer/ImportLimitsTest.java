package vn.campaign.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The limits of the importer: each defect of issue 14 (a 1.6 MB Markdown of short list lines, a
 * 358 KB .docx inflating to 20 MB) is refused with {@link ImportLimitException} naming its limit,
 * before the work that ran out of memory; each limit is configurable and checked.
 */
class ImportLimitsTest {

    private static final PlanImporter IMPORTER = PlanImporter.create();

    /** A Markdown plan followed by {@code n} short list lines, as in the issue (1.6 MB at 200,000). */
    static String listLines(int n) {
        StringBuilder text = new StringBuilder("KẾ HOẠCH\n\nI. NỘI DUNG\n\n");
        for (int i = 0; i < n; i++) {
            text.append("- a").append(i % 10).append('\n');
        }
        return text.toString();
    }

    /** A .docx of one body part: {@code paragraphs} paragraphs of {@code text}, compressed by ZIP. */
    static byte[] docx(int paragraphs, String text) throws IOException {
        return docx(paragraphs, i -> text);
    }

    /** A .docx of one body part: {@code paragraphs} paragraphs, the text of each given by its index. */
    static byte[] docx(int paragraphs, java.util.function.IntFunction<String> text) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < paragraphs; i++) {
            body.write(("<w:p><w:r><w:t>" + text.apply(i) + "</w:t></w:r></w:p>").getBytes(StandardCharsets.UTF_8));
        }
        body.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        return ImportFuzzTest.wrap(body.toByteArray());
    }

    @Test
    void markdownOfShortListLines_isRefusedAtMaxLines() {
        String document = listLines(400_000);
        assertThat(document.length()).isGreaterThan(1_600_000);

        assertThatThrownBy(() -> IMPORTER.importMarkdown(document)).isInstanceOfSatisfying(ImportLimitException.class,
                e -> {
                    assertThat(e.limit()).isEqualTo("maxLines");
                    assertThat(e.maximum()).isEqualTo(20_000);
                    assertThat(e).hasMessage("The document has more than 20000 lines (limit maxLines)");
                });
    }

    @Test
    void documentAtTheLineLimit_isImported() {
        String document = listLines(19_990);

        assertThat(IMPORTER.importMarkdown(document).report()).isNotNull();
    }

    @Test
    void textLongerThanTheLimit_isRefusedAtMaxDocumentLength() {
        PlanImporter small = IMPORTER.withLimits(ImportLimits.defaults().withMaxDocumentLength(1_000));

        assertThatThrownBy(() -> small.importText("x".repeat(1_001))).isInstanceOfSatisfying(ImportLimitException.class,
                e -> assertThat(e.limit()).isEqualTo("maxDocumentLength"));
        assertThat(small.importText("x".repeat(1_000)).plan()).isEmpty();
    }

    @Test
    void docxWhoseBodyInflatesTo20MB_isRefusedBeforePoiParsesIt() throws IOException {
        // A number in each paragraph keeps the ratio (about 60) under POI's own guard (100), as in the issue.
        java.util.Random random = new java.util.Random(14);
        String sentence = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư; ".repeat(6);
        byte[] docx = docx(20 * 1024 * 1024 / (sentence.length() + 60), i -> sentence + random.nextInt(1_000_000));
        assertThat(docx.length).as("compressed size").isBetween(210_000, 1_000_000);

        assertThatThrownBy(() -> IMPORTER.importDocx(new ByteArrayInputStream(docx)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("maxInflatedSize");
                    assertThat(e).hasMessage("The document has parts inflating to more than 8388608 bytes "
                            + "(limit maxInflatedSize)");
                });
    }

    @Test
    void docxPartInflatingMoreThanAHundredTimes_isRefusedAtMinInflateRatio() throws IOException {
        byte[] docx = docx(200_000, "a");

        assertThatThrownBy(() -> IMPORTER.importDocx(new ByteArrayInputStream(docx)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.limit()).isEqualTo("minInflateRatio");
                    assertThat(e).hasMessage("The document has a part (word/document.xml) inflating to more than 100 "
                            + "times its size (limit minInflateRatio)");
                });
    }

    @Test
    void docxOfManyParts_isRefusedAtMaxEntries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 1_001; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
            }
        }

        assertThatThrownBy(() -> IMPORTER.importDocx(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxEntries"));
    }

    @Test
    void docxOfMoreParagraphsOrCellsThanTheLimits_isRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (int i = 0; i < 30; i++) {
                document.createParagraph().createRun().setText("Đoạn " + i);
            }
            XWPFTable table = document.createTable(5, 5);
            table.getRow(0).getCell(0).setText("Nơi nhận");
            document.write(bytes);
        }
        byte[] docx = bytes.toByteArray();

        assertThatThrownBy(() -> IMPORTER.withLimits(ImportLimits.defaults().withMaxLines(20))
                .importDocx(new ByteArrayInputStream(docx)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxLines"));
        assertThatThrownBy(() -> IMPORTER.withLimits(ImportLimits.defaults().withMaxTableCells(24))
                .importDocx(new ByteArrayInputStream(docx)))
                .isInstanceOfSatisfying(ImportLimitException.class, e -> assertThat(e.limit()).isEqualTo("maxTableCells"));
        assertThat(IMPORTER.importDocx(new ByteArrayInputStream(docx)).report()).isNotNull();
    }

    @Test
    void docxLongerThanTheLimit_isRefusedWhileReadingTheStream() {
        PlanImporter small = IMPORTER.withLimits(ImportLimits.defaults().withMaxDocumentLength(10_000));

        assertThatThrownBy(() -> small.importDocx(new ByteArrayInputStream(new byte[10_001])))
                .isInstanceOfSatisfying(ImportLimitException.class,
                        e -> assertThat(e.limit()).isEqualTo("maxDocumentLength"));
    }

    @Test
    void defaults_areDocumented() {
        ImportLimits limits = ImportLimits.defaults();

        assertThat(limits.maxDocumentLength()).isEqualTo(4L * 1024 * 1024);
        assertThat(limits.maxLines()).isEqualTo(20_000);
        assertThat(limits.maxTableCells()).isEqualTo(50_000);
        assertThat(limits.maxInflatedSize()).isEqualTo(8L * 1024 * 1024);
        assertThat(limits.maxEntries()).isEqualTo(1_000);
        assertThat(limits.minInflateRatio()).isEqualTo(0.01);
        assertThat(IMPORTER.limits()).isEqualTo(limits);
    }

    @Test
    void with_refusesValuesOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ImportLimits.defaults().withMaxLines(0))
                .withMessage("maxLines must be from 1 to 2147483647: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> ImportLimits.defaults().withMinInflateRatio(Double.NaN))
                .withMessage("minInflateRatio must be from 0 to 1: NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> ImportLimits.defaults().withMaxDocumentLength(-1))
                .withMessage("maxDocumentLength must be from 1 to 2147483639: -1");
    }

    @Test
    void equalsAndHashCode() {
        EqualsVerifier.forClass(ImportLimits.class).verify();
    }
}
