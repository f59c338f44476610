package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate}, and {@code check --cascade} and {@code validate} on what it writes. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void generate_writesOneFileAPlanInCascadeOrder() throws IOException {
        Path out = temp.resolve("nation");

        CampaignCliTest.Run run = CampaignCliTest.run("generate", "--out", out.toString(), "--communes", "3",
                "--areas-per-commune", "2", "--seed", "5");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("13 plans written to " + out + " in ")
                .endsWith("; in cascade order, so check them with `check --cascade " + out + "`\n");
        assertThat(names(out)).containsExactly("00-0000-000.json", "01-0000-000.json", "01-0001-000.json",
                "01-0001-001.json", "01-0001-002.json", "02-0000-000.json", "02-0001-000.json", "02-0001-001.json",
                "02-0001-002.json", "03-0000-000.json", "03-0001-000.json", "03-0001-001.json", "03-0001-002.json");
    }

    @Test
    void generate_sameSeedSameBytes_otherSeedOtherBytes() throws IOException {
        for (String name : List.of("a", "b")) {
            CampaignCliTest.run("generate", "--out", temp.resolve(name).toString(), "--communes", "2",
                    "--areas-per-commune", "1", "--seed", "9");
        }
        CampaignCliTest.run("generate", "--out", temp.resolve("c").toString(), "--communes", "2",
                "--areas-per-commune", "1", "--seed", "10");

        for (String file : names(temp.resolve("a"))) {
            byte[] a = Files.readAllBytes(temp.resolve("a").resolve(file));
            assertThat(a).as(file).isEqualTo(Files.readAllBytes(temp.resolve("b").resolve(file)));
        }
        assertThat(Files.readAllBytes(temp.resolve("c").resolve("01-0001-001.json")))
                .isNotEqualTo(Files.readAllBytes(temp.resolve("a").resolve("01-0001-001.json")));
    }

    @Test
    void generate_toNdjson_writesOnePlanALine() throws IOException {
        Path out = temp.resolve("deep/nation.ndjson");

        CampaignCliTest.Run run = CampaignCliTest.run("generate", "--out", out.toString(), "--communes", "2",
                "--areas-per-commune", "3");

        assertThat(run.exit()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 2 + 2 * 4).allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\""));
    }

    @Test
    void generate_refusesBadSizesWithExitTwo() {
        CampaignCliTest.Run run = CampaignCliTest.run("generate", "--out", temp.resolve("x").toString(),
                "--communes", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("campaign-cli generate: communes must be at least 1: 0\n");
        assertThat(temp.resolve("x")).doesNotExist();
    }

    @Test
    void checkCascade_andValidate_onAGeneratedFolderFindNothing() throws IOException {
        Path out = temp.resolve("nation");
        CampaignCliTest.run("generate", "--out", out.toString(), "--communes", "4", "--areas-per-commune", "2");

        CampaignCliTest.Run check = CampaignCliTest.run("check", "--cascade", out.toString());
        CampaignCliTest.Run validate = CampaignCliTest.run("validate", out.toString());

        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("0 lỗi, 0 cảnh báo, 0 thông tin (17 kế hoạch; quy tắc ");
        assertThat(validate.exit()).isZero();
        List<String> lines = validate.out().lines().toList();
        assertThat(lines).hasSize(18);
        assertThat(lines.subList(0, 17)).allSatisfy(line -> assertThat(line).endsWith(": 0 lỗi, 0 cảnh báo, 0 thông tin"));
        assertThat(lines.get(17)).isEqualTo("Tổng cộng: 17 kế hoạch đã đọc, 0 không đọc được; 0 lỗi, 0 cảnh báo, 0 thông tin");
    }

    @Test
    void checkCascade_ofAnNdjsonFile_namesDocumentsByIndex() throws IOException {
        Path out = temp.resolve("nation.ndjson");
        CampaignCliTest.run("generate", "--out", out.toString(), "--communes", "2", "--areas-per-commune", "1");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        // The commune of province 1 dated before its province's plan.
        lines.set(2, lines.get(2).replaceFirst("\"date\":\"2026-02-\\d\\d\"", "\"date\":\"2026-01-01\""));
        Files.write(out, lines, StandardCharsets.UTF_8);

        CampaignCliTest.Run run = CampaignCliTest.run("check", "--cascade", out.toString(), "--lang", "en");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith(out + "[2]: ERROR PLAN_ISSUED_BEFORE_PARENT /date (from " + out
                + "[1]#/date): ");
    }

    @Test
    void checkCascade_withAnUnreadablePlan_exitsTwoNamingIt() throws IOException {
        Path out = temp.resolve("nation");
        CampaignCliTest.run("generate", "--out", out.toString(), "--communes", "1", "--areas-per-commune", "1");
        Files.writeString(out.resolve("01-0001-001.json"), "{", StandardCharsets.UTF_8);

        CampaignCliTest.Run run = CampaignCliTest.run("check", "--cascade", out.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith(out.resolve("01-0001-001.json") + ": ");
        assertThat(run.err()).contains("[MALFORMED_JSON]");
    }

    @Test
    void checkCascade_withParent_isABadCommandLine() {
        CampaignCliTest.Run run = CampaignCliTest.run("check", "--cascade", temp.toString(), "--parent", "x.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("campaign-cli check: --parent goes with a plan file, not with --cascade\n");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
