package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.io.PlanReadExceptionTest.BASE;
import static vn.campaign.io.PlanReadExceptionTest.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.model.Plan;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationReport;

/** Streams of many plans: NDJSON and JSON arrays, read lazily, one entry per document. */
class PlanStreamTest {

    private static final PlanJson JSON = PlanJson.create();
    private static final String NDJSON_BASE = compact(BASE);

    private static String compact(String document) {
        try {
            return new ObjectMapper().readTree(document).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<PlanEntry> readAll(String text) throws IOException {
        try (Stream<PlanEntry> entries = JSON.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            return entries.collect(Collectors.toList());
        }
    }

    private static String summary(PlanEntry entry) {
        return entry.index() + "@" + entry.line() + ":" + entry.column() + " "
                + entry.failure().map(PlanReadExceptionTest::describe).orElse("read");
    }

    @Test
    void writeAllThenReadAll_giveTheSamePlans_ndjson() throws IOException {
        List<Plan> plans = List.of(SamplePlans.konRay(), SamplePlans.minimal(), SamplePlans.konRay());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long written = JSON.writeAll(plans.iterator(), out, BulkFormat.NDJSON);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(written).isEqualTo(3);
        assertThat(text.split("\n", -1)).hasSize(4).endsWith("");
        assertThat(readAll(text)).extracting(entry -> entry.plan().orElseThrow()).isEqualTo(plans);
        assertThat(readAll(text)).extracting(PlanEntry::line).containsExactly(1, 2, 3);
    }

    @Test
    void writeAllThenReadAll_giveTheSamePlans_jsonArray() throws IOException {
        List<Plan> plans = List.of(SamplePlans.konRay(), SamplePlans.minimal());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        JSON.writeAll(plans.iterator(), out, BulkFormat.JSON_ARRAY);

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(text).size()).isEqualTo(2);
        assertThat(text).startsWith("[\n{\n  \"schemaVersion\": \"1.1\",").endsWith("\n}\n]\n");
        assertThat(readAll(text)).extracting(entry -> entry.plan().orElseThrow()).isEqualTo(plans);
    }

    @Test
    void writeAll_writesAnEmptyArray() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(JSON.writeAll(List.<Plan>of().iterator(), out, BulkFormat.JSON_ARRAY)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[]\n");
        assertThat(readAll("[]\n")).isEmpty();
        assertThat(readAll("")).isEmpty();
    }

    @Test
    void readAll_ndjson_reportsABadLineAndGoesOn() throws IOException {
        String broken = NDJSON_BASE.replace("\"kind\":\"STANDING_COMMITTEE\"", "\"kind\":\"CHAIRMAN\"");
        int column = broken.indexOf("\"CHAIRMAN\"") + 1;

        List<PlanEntry> entries = readAll(NDJSON_BASE + "\n\n" + broken + "\r\n" + "{\"schemaVersion\": \n"
                + NDJSON_BASE + "\n");

        assertThat(entries).extracting(PlanStreamTest::summary).containsExactly(
                "0@1:1 read",
                "1@3:1 UNKNOWN_CODE 3 " + column + " /actors/0/kind",
                "2@4:1 MALFORMED_JSON 4 19 /schemaVersion",
                "3@5:1 read");
        assertThat(entries.get(1).failure().orElseThrow().getMessage()).startsWith("line 3, column " + column);
    }

    @Test
    void readAll_array_reportsABadPlanAndGoesOn() throws IOException {
        String text = "[\n" + BASE.strip() + ",\n" + base("\"end\": \"2024-12-31\"", "\"end\": \"2024-02-30\"").strip()
                + ",\n  " + NDJSON_BASE + "\n]\n";

        List<PlanEntry> entries = readAll(text);

        // The second document starts on line 64 (after "[" and the 62 lines of the first); its line 8 is line 71.
        assertThat(entries).extracting(PlanStreamTest::summary).containsExactly(
                "0@2:1 read",
                "1@64:1 INVALID_DATE 71 12 /period/end",
                "2@126:3 read");
    }

    @Test
    void readAll_array_endsAtASyntaxErrorBetweenPlans() throws IOException {
        List<PlanEntry> entries = readAll("[" + NDJSON_BASE + " " + NDJSON_BASE + "]");

        assertThat(entries).extracting(PlanStreamTest::summary).containsExactly(
                "0@1:2 read",
                "1@1:" + (NDJSON_BASE.length() + 3) + " MALFORMED_JSON 1 " + (NDJSON_BASE.length() + 3) + " ");
        assertThat(entries.get(1).failure().orElseThrow().detail()).isEqualTo("expected ',' or ']' after a plan in the array");
    }

    @Test
    void readAll_array_reportsTruncationOnce() throws IOException {
        List<PlanEntry> entries = readAll("[" + NDJSON_BASE + ", " + NDJSON_BASE.substring(0, 40));

        assertThat(entries).extracting(PlanStreamTest::summary).containsExactly(
                "0@1:2 read", "1@1:" + (NDJSON_BASE.length() + 4) + " MALFORMED_JSON 1 "
                        + (NDJSON_BASE.length() + 4 + 40) + " ");
    }

    @Test
    void readAll_array_refusesATrailingComma() throws IOException {
        assertThat(readAll("[" + NDJSON_BASE + ",]")).extracting(PlanStreamTest::summary).containsExactly(
                "0@1:2 read", "1@1:" + (NDJSON_BASE.length() + 3) + " MALFORMED_JSON 1 " + (NDJSON_BASE.length() + 3) + " ");
    }

    @Test
    void readAll_skipsADocumentBeyondTheLengthLimitAndGoesOn() throws IOException {
        PlanJson small = PlanJson.builder().limits(ReadLimits.defaults().withMaxDocumentLength(
                NDJSON_BASE.getBytes(StandardCharsets.UTF_8).length)).build();
        String tooLong = NDJSON_BASE.replace("\"KH\"", "\"KHX\"");
        List<PlanEntry> entries;
        try (Stream<PlanEntry> stream = small.readAll(new ByteArrayInputStream(
                (NDJSON_BASE + "\n" + tooLong + "\n" + NDJSON_BASE + "\n").getBytes(StandardCharsets.UTF_8)))) {
            entries = stream.collect(Collectors.toList());
        }

        assertThat(entries).extracting(PlanStreamTest::summary).containsExactly(
                "0@1:1 read", "1@2:1 LIMIT_EXCEEDED 2 " + (NDJSON_BASE.length() + 1) + " ", "2@3:1 read");
    }

    @Test
    void readAll_readsLazily_memoryDoesNotGrowWithThePlans() {
        int count = 5_000;
        long[] consumed = new long[1];
        InputStream plans = new FilterInputStream(BadInputTest.generated("", NDJSON_BASE + "\n", count, "")) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                consumed[0] += Math.max(0, n);
                return n;
            }
        };
        long total = (long) count * (NDJSON_BASE.length() + 1);

        Stream<PlanEntry> entries = JSON.readAll(plans, BulkFormat.NDJSON);
        Iterator<PlanEntry> iterator = entries.iterator();
        assertThat(iterator.next().isRead()).isTrue();
        assertThat(consumed[0]).as("bytes read for the first plan of %s: one buffer of the splitter", total)
                .isLessThanOrEqualTo(256 * 1024);
        long read = 1;
        while (iterator.hasNext()) {
            assertThat(iterator.next().isRead()).isTrue();
            read++;
        }
        assertThat(read).isEqualTo(count);
    }

    @Test
    void holdsManyPlans_byNameOrFirstCharacter(@TempDir Path folder) throws IOException {
        Path ndjson = Files.writeString(folder.resolve("a.ndjson"), "{}");
        Path array = Files.write(folder.resolve("b.json"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ',
            '\n', '[', ']'});
        Path single = Files.writeString(folder.resolve("c.json"), "  {\"schemaVersion\": \"1.1\"}");
        Path empty = Files.writeString(folder.resolve("d.json"), "");

        assertThat(PlanJson.holdsManyPlans(ndjson)).isTrue();
        assertThat(PlanJson.holdsManyPlans(array)).isTrue();
        assertThat(PlanJson.holdsManyPlans(single)).isFalse();
        assertThat(PlanJson.holdsManyPlans(empty)).isFalse();
        assertThat(PlanJson.holdsManyPlans(folder)).isFalse();
        assertThat(PlanJson.holdsManyPlans(folder.resolve("missing.json"))).isFalse();
        assertThat(PlanJson.holdsManyPlans(folder.resolve("missing.ndjson"))).isTrue();
    }

    @Test
    void readAll_path_closesTheFileWithTheStream(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("plans.ndjson");
        Files.writeString(file, NDJSON_BASE + "\n" + NDJSON_BASE + "\n");

        try (Stream<PlanEntry> entries = JSON.readAll(file)) {
            assertThat(entries.filter(PlanEntry::isRead).count()).isEqualTo(2);
        }
        Files.delete(file);
        assertThat(file).doesNotExist();
    }

    @Test
    void readAll_onClose_doesNotCloseTheCallersStream() throws IOException {
        AtomicBoolean closed = new AtomicBoolean();
        InputStream in = new ByteArrayInputStream(NDJSON_BASE.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.set(true);
            }
        };
        try (Stream<PlanEntry> entries = JSON.readAll(in)) {
            assertThat(entries.count()).isEqualTo(1);
        }
        assertThat(closed).isFalse();
    }

    @Test
    void validateAStream_givesOneResultPerDocument() throws IOException {
        PlanValidator validator = PlanValidator.create();
        String text = NDJSON_BASE + "\n" + "[]\n" + NDJSON_BASE.replace("15000000", "-1") + "\n";

        List<String> results;
        try (Stream<PlanEntry> entries = JSON.readAll(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            results = entries.map(entry -> entry.plan().map(validator::validate).map(ValidationReport::hasErrors)
                    .map(errors -> errors ? "errors" : "ok").orElseGet(() -> entry.failure().orElseThrow().code()))
                    .collect(Collectors.toList());
        }

        assertThat(results).containsExactly("ok", "WRONG_TYPE", "errors");
    }

    @Test
    void planEntry_holdsExactlyOneOfPlanAndFailure() {
        Plan plan = SamplePlans.minimal();

        assertThat(new PlanEntry(0, 1, 1, java.util.Optional.of(plan), java.util.Optional.empty()).isRead()).isTrue();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new PlanEntry(0, 1, 1,
                java.util.Optional.empty(), java.util.Optional.empty()));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new PlanEntry(-1, 1, 1,
                java.util.Optional.of(plan), java.util.Optional.empty()));
    }
}
