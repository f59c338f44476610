package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignCliTest {

    static final Path KON_RAY = Paths.get("src/main/resources/plans/kon-ray-2024.json");

    @TempDir
    Path temp;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CampaignCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validate_konRayExitsZeroWithItsWarnings() {
        Run run = run("validate", KON_RAY.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(KON_RAY + ": WARNING PLAN_NUMBER_MISSING /number: ")
                .contains(KON_RAY + ": WARNING PLAN_DATE_MISSING /date: ")
                .contains(KON_RAY + ": WARNING DUPLICATE_SECTION_NUMBER /sections/3/subsections/2/number: ")
                .contains(KON_RAY + ": 0 lỗi, 3 cảnh báo, 1 thông tin");
    }

    @Test
    void validate_inEnglishOnRequest() {
        Run vietnamese = run("validate", KON_RAY.toString());
        Run english = run("validate", "--lang", "en", KON_RAY.toString());

        assertThat(english.out()).contains(": 0 errors, 3 warnings, 1 notes").isNotEqualTo(vietnamese.out());
    }

    @Test
    void validate_jsonFormatListsEveryFindingWithItsFile() throws IOException {
        Run run = run("validate", "--format", "json", KON_RAY.toString());

        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertThat(run.exit()).isZero();
        assertThat(findings.isArray()).isTrue();
        assertThat(findings).hasSize(4);
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.get("file").asText()).isEqualTo(KON_RAY.toString());
            assertThat(finding.fieldNames()).toIterable()
                    .containsExactly("file", "code", "severity", "path", "message");
        });
        assertThat(findings).extracting(f -> f.get("code").asText()).contains("PLAN_NUMBER_MISSING");
    }

    @Test
    void validate_malformedFileExitsTwoWithOneLineAndNoTrace() throws IOException {
        Path broken = temp.resolve("broken.json");
        String text = Files.readString(KON_RAY);
        Files.writeString(broken, text.substring(0, text.indexOf("\"sections\"")) + "\"sections\": [ {,");

        Run run = run("validate", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(broken + ": dòng ").contains(", cột ").endsWith("[MALFORMED_JSON]"));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validate_readErrorInVietnameseByDefaultAndInEnglishOnRequest() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1.0\", \"title\": 5}");

        Run vietnamese = run("validate", broken.toString());
        Run english = run("validate", "--lang", "en", broken.toString());

        assertThat(vietnamese.exit()).isEqualTo(2);
        assertThat(vietnamese.err()).isEqualTo(broken + ": dòng 1, cột 35 tại /title: Giá trị sai kiểu: "
                + "expected a string, found a number [WRONG_TYPE]" + System.lineSeparator());
        assertThat(english.exit()).isEqualTo(2);
        assertThat(english.err()).isEqualTo(broken + ": line 1, column 35 at /title: "
                + "expected a string, found a number [WRONG_TYPE]" + System.lineSeparator());
    }

    @Test
    void validate_unknownLanguage_isOneLineAndExitTwo() {
        Run run = run("validate", "--lang", "fr", KON_RAY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("campaign-cli: --lang fr: ngôn ngữ không được hỗ trợ, dùng vi hoặc en "
                + "(unknown language: use vi or en)" + System.lineSeparator());
    }

    @Test
    void version_printsTheVersionOfTheBuild() {
        Run run = run("--version");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().findFirst()).contains("campaign-cli " + System.getProperty("campaign.version"));
        assertThat(System.getProperty("campaign.version")).matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
        assertThat(run.out()).doesNotContain("development", "${");
    }

    @Test
    void validate_anErrorInAPlanExitsOne() throws IOException {
        Path wrong = temp.resolve("wrong.json");
        Files.writeString(wrong, Files.readString(KON_RAY)
                .replace("\"issuerId\": \"district-standing-committee\"", "\"issuerId\": \"nobody\""));

        Run run = run("validate", wrong.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(wrong + ": ERROR UNKNOWN_ACTOR /issuerId: ");
    }

    @Test
    void validate_unreadableWinsOverFindingsAndTheRestIsStillChecked() throws IOException {
        Path missing = temp.resolve("missing.json");

        Run run = run("validate", missing.toString(), KON_RAY.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(missing + ": không có tệp này [FILE_NOT_FOUND]" + System.lineSeparator());
        assertThat(run.out()).contains(KON_RAY + ": 0 lỗi, 3 cảnh báo, 1 thông tin");
    }

    @Test
    void badUsage_exitsTwo() {
        assertThat(run("validate").exit()).isEqualTo(2);
        assertThat(run("validate", "--lang", "fr", KON_RAY.toString()).exit()).isEqualTo(2);
        assertThat(run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void format_printsTheCanonicalFormAndIsIdempotent() throws IOException {
        Run first = run("format", KON_RAY.toString());
        Path formatted = temp.resolve("formatted.json");
        Files.writeString(formatted, first.out());
        Run second = run("format", formatted.toString());

        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo(Files.readString(KON_RAY));
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void format_unreadableInputExitsTwo() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"schemaVersion\": \"1.0\", ");

        Run run = run("format", broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(broken + ": dòng 1, cột ").contains("[MALFORMED_JSON]");
    }
}
