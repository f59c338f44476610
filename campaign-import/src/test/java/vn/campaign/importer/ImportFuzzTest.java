package vn.campaign.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.campaign.model.Language;

/**
 * Fuzzes the importer (Jazzer): plain text, Markdown and Word documents. Whatever the input, an import
 * ends with a result, or with {@link ImportLimitException} naming one of the limits, or (Word only)
 * with an {@link IOException} saying it is not a Word document; the report formats in both languages
 * and every finding's message is one line of bounded length. Any other exception, an
 * {@code OutOfMemoryError} or a hang is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) each method replays the inputs in
 * {@code src/test/resources/vn/campaign/importer/ImportFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes and adds crashing inputs there. See {@code docs/security.md}.
 */
class ImportFuzzTest {

    /** Small limits, so that the fuzzer explores the limits as well as the text. */
    private static final PlanImporter IMPORTER = PlanImporter.create()
            .withLimits(ImportLimits.defaults().withMaxDocumentLength(256 * 1024).withMaxLines(2_000)
                    .withMaxInflatedSize(2L * 1024 * 1024));
    private static final Set<String> LIMITS = Set.of("maxDocumentLength", "maxLines", "maxTableCells",
            "maxInflatedSize", "maxEntries", "minInflateRatio");

    @FuzzTest(maxDuration = "5m")
    void importText(byte[] input) {
        check(() -> IMPORTER.importText(new String(input, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxDuration = "5m")
    void importMarkdown(byte[] input) {
        check(() -> IMPORTER.importMarkdown(new String(input, StandardCharsets.UTF_8)));
    }

    /** Half the inputs as they come, half as the body part of a well-formed .docx, so that POI parses them. */
    @FuzzTest(maxDuration = "5m")
    void importDocx(FuzzedDataProvider data) throws IOException {
        boolean raw = data.consumeBoolean();
        byte[] bytes = raw ? data.consumeRemainingAsBytes() : wrap(data.consumeRemainingAsBytes());
        check(() -> {
            try {
                return IMPORTER.importDocx(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                assertThat(e.getMessage()).startsWith("Not a Word (.docx) document");
                return null;
            }
        });
    }

    private static void check(java.util.function.Supplier<ImportResult> importing) {
        ImportResult result;
        try {
            result = importing.get();
        } catch (ImportLimitException e) {
            assertThat(LIMITS).contains(e.limit());
            assertThat(e.getMessage()).doesNotContain("\n", "\r");
            return;
        }
        if (result == null) {
            return;
        }
        for (Language language : Language.values()) {
            assertThat(result.format(language)).isNotNull();
        }
        assertThat(result.report().findings()).allSatisfy(finding -> {
            assertThat(finding.message()).doesNotContain("\n", "\r");
            assertThat(finding.message().length()).isLessThan(2_000);
        });
    }

    /** The bytes as {@code word/document.xml} of a .docx whose other parts are right. */
    static byte[] wrap(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                    + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(body);
        }
        return bytes.toByteArray();
    }
}
