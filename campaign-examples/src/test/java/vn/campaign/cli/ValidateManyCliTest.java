package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} of many plans on all cores: an NDJSON file's documents validated on workers and
 * reported in their order, and a folder whose plan files are each opened once, a JSON array among
 * them still read as an array.
 */
class ValidateManyCliTest {

    @TempDir
    Path temp;

    private static String compactKonRay() throws IOException {
        return new ObjectMapper().readTree(Files.readString(CampaignCliTest.KON_RAY, StandardCharsets.UTF_8)).toString();
    }

    @Test
    void validate_ndjsonOfMoreDocumentsThanTheWindow_reportsEachInOrder() throws IOException {
        String plan = compactKonRay();
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        Path ndjson = temp.resolve("many.ndjson");
        for (int i = 0; i < 60; i++) {
            // Every seventh document is cut short, so that failures and reports interleave.
            text.append(i % 7 == 3 ? "{\"schemaVersion\": \"1.0\"," : plan).append('\n');
            expected.add(ndjson + "[" + i + "]");
        }
        Files.writeString(ndjson, text);

        CampaignCliTest.Run run = CampaignCliTest.run("validate", ndjson.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        List<String> named = (run.out() + run.err()).lines().filter(line -> line.startsWith(ndjson + "["))
                .map(line -> line.substring(0, line.indexOf(']') + 1)).distinct().collect(Collectors.toList());
        assertThat(named).containsExactlyInAnyOrderElementsOf(expected);
        List<String> reported = run.out().lines().filter(line -> line.startsWith(ndjson + "["))
                .map(line -> line.substring(0, line.indexOf(']') + 1)).distinct().collect(Collectors.toList());
        assertThat(reported).hasSize(60 - 9).isSortedAccordingTo((a, b) -> Integer.compare(index(a), index(b)));
        assertThat(run.out()).contains(ndjson + "[58]: 0 lỗi, 3 cảnh báo, 1 thông tin");
        assertThat(run.err()).contains(ndjson + "[3]: ", ndjson + "[59]: ").doesNotContain(ndjson + "[58]: ");
    }

    @Test
    void validate_aFolderWithAPlanAnArrayAndAStream_reportsThemInNameOrder() throws IOException {
        String plan = compactKonRay();
        Path folder = Files.createDirectory(temp.resolve("plans"));
        Files.writeString(folder.resolve("a.json"), plan);
        Files.writeString(folder.resolve("b.json"), "[\n" + plan + ",\n" + plan + "\n]\n");
        Files.writeString(folder.resolve("c.ndjson"), plan + "\n" + plan + "\n");
        Files.writeString(folder.resolve("d.json"), plan);

        CampaignCliTest.Run run = CampaignCliTest.run("validate", folder.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(line -> line.contains(": 0 lỗi, 3 cảnh báo, 1 thông tin"))
                .map(line -> line.substring(0, line.indexOf(": 0 lỗi"))).collect(Collectors.toList()))
                .containsExactly(folder.resolve("a.json").toString(), folder.resolve("b.json") + "[0]",
                        folder.resolve("b.json") + "[1]", folder.resolve("c.ndjson") + "[0]",
                        folder.resolve("c.ndjson") + "[1]", folder.resolve("d.json").toString());
    }

    private static int index(String name) {
        return Integer.parseInt(name.substring(name.lastIndexOf('[') + 1, name.length() - 1));
    }
}
