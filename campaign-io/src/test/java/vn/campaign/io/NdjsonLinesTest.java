package vn.campaign.io;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.io.PlanReadExceptionTest.BASE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NDJSON lines longer than the reader's 256 KB buffer, and shorter lines that lie in one buffer or across two,, of Vietnamese text (two and three bytes a
 * letter), cut at line ends and placed by line and column (code points) as a byte-by-byte count
 * would place them, whichever way the input hands over its bytes.
 */
class NdjsonLinesTest {

    private static final PlanJson JSON = PlanJson.create();

    /** The base plan on one line, with a preamble of about 600 KB of Vietnamese text. */
    private static String longPlan() throws IOException {
        String compact = new ObjectMapper().readTree(BASE).toString();
        String preamble = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh; ".repeat(8_000);
        return compact.replace("\"type\":\"KH\",", "\"type\":\"KH\",\"preamble\":\"" + preamble + "\",");
    }

    private static List<String> summaries(InputStream in) throws IOException {
        try (Stream<PlanEntry> entries = JSON.readAll(in)) {
            return entries.map(entry -> entry.index() + "@" + entry.line() + ":" + entry.column() + " "
                    + entry.failure().map(PlanReadExceptionTest::describe).orElse("read")).collect(Collectors.toList());
        }
    }

    @Test
    void readAll_longLines_areCutAndPlacedByCodePoint() throws IOException {
        String plan = longPlan();
        String broken = plan.replace("\"kind\":\"STANDING_COMMITTEE\"", "\"kind\":\"CHAIRMAN\"");
        int column = broken.indexOf("\"CHAIRMAN\"") + 1;
        assertThat(plan.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 256 * 1024);
        String compact = new ObjectMapper().readTree(BASE).toString();
        String brokenShort = compact.replace("\"kind\":\"STANDING_COMMITTEE\"", "\"kind\":\"CHAIRMAN\"");
        int shortColumn = brokenShort.indexOf("\"CHAIRMAN\"") + 1;
        byte[] text = (plan + "\n" + broken + "\r\n\n" + plan + "\n" + (compact + "\r").repeat(40) + brokenShort + "\n"
                + compact).getBytes(StandardCharsets.UTF_8);
        List<String> expected = new ArrayList<>(List.of("0@1:1 read",
                "1@2:1 UNKNOWN_CODE 2 " + column + " /actors/0/kind", "2@4:1 read"));
        for (int i = 0; i < 40; i++) {
            expected.add((3 + i) + "@" + (5 + i) + ":1 read");
        }
        expected.add("43@45:1 UNKNOWN_CODE 45 " + shortColumn + " /actors/0/kind");
        expected.add("44@46:1 read");

        assertThat(summaries(new ByteArrayInputStream(text))).containsExactlyElementsOf(expected);
        // The same bytes handed over a few at a time, so that runs end in the middle of a letter.
        assertThat(summaries(new ByteArrayInputStream(text) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        })).containsExactlyElementsOf(expected);
    }
}
