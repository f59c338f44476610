package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} on files nobody should write: every one ends with exit 0, 1 or 2, a one-line
 * message naming the file and a code, and no stack trace. Also the folder and stream inputs, and
 * the {@code schema} command.
 */
class NastyInputCliTest {

    @TempDir
    Path temp;

    private Path file(String name, byte[] content) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, content);
        return file;
    }

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String konRay() throws IOException {
        return Files.readString(CampaignCliTest.KON_RAY, StandardCharsets.UTF_8);
    }

    private static String compactKonRay() throws IOException {
        return new ObjectMapper().readTree(konRay()).toString();
    }

    private static void assertNoStackTrace(CampaignCliTest.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "internal error");
    }

    private static CampaignCliTest.Run unreadable(Path file, String code) {
        CampaignCliTest.Run run = CampaignCliTest.run("validate", file.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).startsWith(file + ": ").endsWith("[" + code + "]" + System.lineSeparator());
        assertThat(run.err().lines()).hasSize(1);
        assertNoStackTrace(run);
        return run;
    }

    @Test
    void validate_emptyFile() throws IOException {
        unreadable(file("empty.json", new byte[0]), "MALFORMED_JSON");
    }

    @Test
    void validate_randomBytes() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(4).nextBytes(noise);

        unreadable(file("noise.json", noise), "MALFORMED_JSON");
    }

    @Test
    void validate_utf16() throws IOException {
        unreadable(file("utf16.json", konRay().getBytes(StandardCharsets.UTF_16)), "MALFORMED_JSON");
    }

    @Test
    void validate_deepNesting() throws IOException {
        unreadable(file("deep.json", "{\"schemaVersion\": \"1.0\", \"x\": " + "[".repeat(100_000)), "LIMIT_EXCEEDED");
    }

    @Test
    void validate_fileBeyondTheDocumentLimit() throws IOException {
        Path big = temp.resolve("big.json");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("{\"schemaVersion\": \"1.0\", \"title\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            java.util.Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 12; i++) {
                out.write(block);
            }
        }

        CampaignCliTest.Run run = unreadable(big, "LIMIT_EXCEEDED");
        assertThat(run.err()).contains("the document is longer than 10485760 bytes");
    }

    @Test
    void validate_aFolderInNameOrder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("plans"));
        Files.writeString(folder.resolve("b.json"), konRay());
        Files.writeString(folder.resolve("a.json"), "{");
        Files.writeString(folder.resolve("notes.txt"), "not a plan");

        CampaignCliTest.Run run = CampaignCliTest.run("validate", folder.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).startsWith(folder.resolve("a.json") + ": dòng 1, cột 2: ").doesNotContain("notes.txt");
        assertThat(run.out()).contains(folder.resolve("b.json") + ": 0 lỗi, 3 cảnh báo, 1 thông tin");
        assertNoStackTrace(run);
    }

    @Test
    void validate_anEmptyFolder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("none"));

        CampaignCliTest.Run run = CampaignCliTest.run("validate", folder.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).contains("[FILE_NOT_FOUND]");
    }

    @Test
    void validate_ndjsonReportsEachDocumentByIndex() throws IOException {
        String plan = compactKonRay();
        Path ndjson = file("plans.ndjson", plan + "\n" + "{\"schemaVersion\": \"9.0\"}\n" + plan + "\n");

        CampaignCliTest.Run run = CampaignCliTest.run("validate", "--format", "json", ndjson.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertThat(findings.findValues("index")).extracting(JsonNode::asInt).contains(0, 1, 2);
        JsonNode bad = findings.findParents("code").stream()
                .filter(node -> node.path("code").asText().equals("UNSUPPORTED_VERSION")).findFirst().orElseThrow();
        assertThat(bad.path("index").asInt()).isEqualTo(1);
        assertThat(bad.path("documentLine").asInt()).isEqualTo(2);
        assertThat(bad.path("line").asInt()).isEqualTo(2);
        assertThat(bad.path("column").asInt()).isEqualTo(19);
        assertNoStackTrace(run);
    }

    @Test
    void validate_jsonArrayInTextNamesTheDocument() throws IOException {
        Path array = file("plans.json", "[\n" + konRay().strip() + ",\n" + konRay().strip() + "\n]\n");

        CampaignCliTest.Run run = CampaignCliTest.run("validate", array.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(array + "[0]: 0 lỗi, 3 cảnh báo, 1 thông tin")
                .contains(array + "[1]: 0 lỗi, 3 cảnh báo, 1 thông tin");
    }

    @Test
    void schema_printsTheJsonSchema() throws IOException {
        CampaignCliTest.Run run = CampaignCliTest.run("schema");

        assertThat(run.exit()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$defs").has("plan")).isTrue();
    }
}
