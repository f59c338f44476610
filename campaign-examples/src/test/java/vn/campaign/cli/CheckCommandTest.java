package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.examples.KonRay2024;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.TaskKind;

/** {@code check}: exit codes, the files and parent paths it names, and its JSON. */
class CheckCommandTest {

    static final Path PLANS = Paths.get("src/main/resources/plans");
    static final Path KON_RAY = PLANS.resolve("kon-ray-2024.json");
    static final Path PROVINCE = PLANS.resolve("kh-457-2024-tinh-kon-tum.json");

    @TempDir
    Path temp;

    private Path withoutFestival() throws IOException {
        Plan plan = KonRay2024.plan();
        Plan edited = plan.toBuilder().replaceSections(plan.sections().stream().map(CheckCommandTest::dropFestival)
                .toList()).build();
        Path file = temp.resolve("kon-ray-without-festival.json");
        Files.write(file, PlanJson.create().writeBytes(edited));
        return file;
    }

    private static Section dropFestival(Section section) {
        return new Section(section.id(), section.number(), section.heading(), section.kind(), section.actorId(),
                section.paragraphs(), section.tasks().stream().filter(t -> !t.is(TaskKind.GREAT_UNITY_FESTIVAL)).toList(),
                section.subsections().stream().map(CheckCommandTest::dropFestival).toList(), section.extensions());
    }

    @Test
    void check_konRayAgainstTheProvincePlanExitsZero() {
        CampaignCliTest.Run run = CampaignCliTest.run("check", KON_RAY.toString(), "--parent", PROVINCE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("0 lỗi, 0 cảnh báo, 0 thông tin (1 kế hoạch; quy tắc hierarchy,citation,"
                + "coverage,timing,festival,actors,funding,reviews; dữ liệu 2025.07.2; profile default)");
    }

    @Test
    void check_childWithoutItsFestivalExitsOneNamingTheMissingParentTask() throws IOException {
        Path child = withoutFestival();

        CampaignCliTest.Run run = CampaignCliTest.run("check", child.toString(), "--parent", PROVINCE.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.FINDINGS);
        assertThat(run.out()).contains(child + ": ERROR PARENT_TASK_NOT_COVERED /sections (từ " + PROVINCE
                + "#/sections/0/tasks/4): Nhiệm vụ “Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…” của "
                + "kế hoạch cấp trên 457/KH-MTTQ-BTT (mã “great-unity-festival”)");
    }

    @Test
    void check_jsonNamesTheFileAndTheParentPath() throws IOException {
        Path child = withoutFestival();

        CampaignCliTest.Run run = CampaignCliTest.run("check", "--format", "json", "--lang", "en", child.toString(),
                "--parent", PROVINCE.toString());

        JsonNode findings = new ObjectMapper().readTree(run.out());
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("file").asText()).isEqualTo(child.toString());
        assertThat(findings.get(0).get("code").asText()).isEqualTo("PARENT_TASK_NOT_COVERED");
        assertThat(findings.get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(findings.get(0).get("path").asText()).isEqualTo("/sections");
        assertThat(findings.get(0).get("parentFile").asText()).isEqualTo(PROVINCE.toString());
        assertThat(findings.get(0).get("parentPath").asText()).isEqualTo("/sections/0/tasks/4");
        assertThat(findings.get(0).get("message").asText())
                .startsWith("Task \"Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…\" of the parent plan "
                        + "457/KH-MTTQ-BTT (id \"great-unity-festival\")");
    }

    @Test
    void check_explainPrintsTheCoverageTableBeforeTheFindings() throws IOException {
        Path child = withoutFestival();

        CampaignCliTest.Run run = CampaignCliTest.run("check", child.toString(), "--parent", PROVINCE.toString(),
                "--explain", "--lang", "en");

        assertThat(run.exit()).isEqualTo(CampaignCli.FINDINGS);
        assertThat(run.out()).startsWith("Coverage table (parent task → this plan's tasks):\n")
                .contains("\n✗ great-unity-festival “Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…” "
                        + "/sections/0/tasks/4: NONE 0.00\n")
                .contains("\n✓ propaganda “Tuyên truyền 05 nội dung Cuộc vận động.” /sections/0/tasks/0: LINKED 1.00\n")
                .contains("ERROR PARENT_TASK_NOT_COVERED");
    }

    @Test
    void check_explainWithoutParent_isABadCommandLine() {
        CampaignCliTest.Run run = CampaignCliTest.run("check", PLANS.toString(), "--explain");

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).isEqualTo("campaign-cli check: --explain goes with --parent\n");
    }

    @Test
    void check_aFolderWithoutTheParent_warnsAndWithRequireParentsFails() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("no-parent"));
        Files.copy(PLANS.resolve("kon-ray-2024.json"), folder.resolve("kon-ray-2024.json"));
        Files.copy(PLANS.resolve("xa-dak-koi-2024.json"), folder.resolve("xa-dak-koi-2024.json"));

        CampaignCliTest.Run lenient = CampaignCliTest.run("check", folder.toString(), "--lang", "en");
        CampaignCliTest.Run strict = CampaignCliTest.run("check", folder.toString(), "--require-parents", "--lang", "en");

        assertThat(lenient.out()).contains(folder.resolve("kon-ray-2024.json") + ": WARNING PARENT_NOT_FOUND "
                + "/references/0: The plan set holds no parent plan No. 457/KH-MTTQ-BTT (of 2024-01-12)");
        assertThat(lenient.exit()).isZero();
        assertThat(strict.out()).contains(folder.resolve("kon-ray-2024.json") + ": ERROR PARENT_NOT_FOUND ");
        assertThat(strict.exit()).isEqualTo(CampaignCli.FINDINGS);
    }

    @Test
    void check_theBundledFolderExitsZero() {
        CampaignCliTest.Run run = CampaignCliTest.run("check", PLANS.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("(6 kế hoạch;");
    }

    @Test
    void check_aProfileCanTurnTheErrorIntoAWarning() throws IOException {
        Path profile = temp.resolve("profile.properties");
        Files.writeString(profile, "name=lenient\nseverity.PARENT_TASK_NOT_COVERED=WARNING\n", StandardCharsets.UTF_8);

        CampaignCliTest.Run run = CampaignCliTest.run("check", "--profile", profile.toString(),
                withoutFestival().toString(), "--parent", PROVINCE.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("WARNING PARENT_TASK_NOT_COVERED").contains("profile lenient");
    }

    @Test
    void check_unreadableInputOrBadUsageExitsTwo() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{", StandardCharsets.UTF_8);

        assertThat(CampaignCliTest.run("check", broken.toString(), "--parent", PROVINCE.toString()).exit())
                .isEqualTo(CampaignCli.UNREADABLE);
        assertThat(CampaignCliTest.run("check", KON_RAY.toString(), "--parent", temp.resolve("none.json").toString())
                .err()).contains("none.json: không có tệp này [FILE_NOT_FOUND]");
        assertThat(CampaignCliTest.run("check", PLANS.toString(), "--parent", PROVINCE.toString()).exit())
                .isEqualTo(CampaignCli.UNREADABLE);
        assertThat(CampaignCliTest.run("check").exit()).isEqualTo(CampaignCli.UNREADABLE);
    }
}
