package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;

/** {@code draft} and {@code diff}: what they write, their reports and their exit codes. */
class DraftCommandTest {

    static final Path PLANS = Paths.get("src/main/resources/plans");
    static final Path KON_RAY = PLANS.resolve("kon-ray-2024.json");
    static final Path PROVINCE = PLANS.resolve("kh-457-2024-tinh-kon-tum.json");
    static final Path PROVINCE_2025 = Paths.get("src/test/resources/draft/kh-12-2025-tinh-kon-tum.illustrative.json");

    @TempDir
    Path temp;

    @Test
    void draft_writesTheDistrictDraftThatChecksClean_andPrintsItsChangeReport() throws IOException {
        Path out = temp.resolve("kon-ray.json");

        CampaignCliTest.Run run = CampaignCliTest.run("draft", "--parent", PROVINCE.toString(), "--unit", "Kon Rẫy",
                "--level", "huyện", "-o", out.toString());

        assertThat(run.exit()).isZero();
        Plan draft = PlanJson.create().read(out);
        assertThat(draft.issuer().orElseThrow().fullName()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy");
        assertThat(run.err()).startsWith("Đã thay đổi (12):\n  TASK_FROM_PARENT /sections/1/subsections/0/tasks/0: ")
                .contains("Để người soạn quyết định (12):");
        CampaignCliTest.Run check = CampaignCliTest.run("check", out.toString(), "--parent", PROVINCE.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).startsWith("0 lỗi, 0 cảnh báo, 0 thông tin");
    }

    @Test
    void draftFrom_writesNextYearsPlan_andItsChangeReportAsJson() throws IOException {
        Path out = temp.resolve("kon-ray-2025.json");
        Path report = temp.resolve("changes.json");

        CampaignCliTest.Run run = CampaignCliTest.run("draft", "--from", KON_RAY.toString(), "--parent",
                PROVINCE_2025.toString(), "-o", out.toString(), "--report", report.toString(), "--report-format", "json",
                "--lang", "en");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode notes = new ObjectMapper().readTree(report.toFile()).get("notes");
        assertThat(notes.findValuesAsText("code")).contains("PARENT_CITED", "SCHEDULE_FITTED", "TASK_ADDED",
                "LINK_REMOVED", "NUMBER_DATE_BLANK");
        JsonNode fitted = notes.findParents("code").stream().filter(n -> n.get("code").asText().equals("SCHEDULE_FITTED"))
                .findFirst().orElseThrow();
        assertThat(fitted.get("kind").asText()).isEqualTo("CHANGE");
        assertThat(fitted.get("path").asText()).isEqualTo("/sections/1/subsections/3/subsections/0/tasks/0");
        assertThat(fitted.get("message").asText()).endsWith("“Quý III, IV/2025” becomes “Tháng 10, 11/2025”.");
        assertThat(CampaignCliTest.run("check", out.toString(), "--parent", PROVINCE_2025.toString()).exit()).isZero();
    }

    @Test
    void draft_levelNotBelowTheParent_exitsTwoSayingWhy() {
        CampaignCliTest.Run run = CampaignCliTest.run("draft", "--parent", PROVINCE.toString(), "--unit", "Đăk Kôi",
                "--level", "commune");

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("campaign-cli draft: Kế hoạch cấp trên của cấp COMMUNE vào ngày 01/01/2024 là "
                + "của cấp DISTRICT, không phải PROVINCE").endsWith("[DRAFT_REFUSED]\n");
    }

    @Test
    void draft_withoutUnitOrFrom_isAUsageError() {
        CampaignCliTest.Run run = CampaignCliTest.run("draft", "--parent", PROVINCE.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).isEqualTo("campaign-cli draft: give --unit NAME and --level LEVEL, or --from LAST\n");
    }

    @Test
    void draft_refusesToReplaceAnExistingFileWithoutForce() throws IOException {
        Path out = Files.writeString(temp.resolve("exists.json"), "{}");

        CampaignCliTest.Run run = CampaignCliTest.run("draft", "--parent", PROVINCE.toString(), "--unit", "Kon Rẫy",
                "--level", "district", "-o", out.toString());

        assertThat(run.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(run.err()).isEqualTo(out + ": exists; add --force to replace it [OUTPUT_EXISTS]\n");
        assertThat(Files.readString(out)).isEqualTo("{}");
    }

    @Test
    void diff_samePlanExitsZero_differentPlansExitOne() {
        CampaignCliTest.Run same = CampaignCliTest.run("diff", KON_RAY.toString(), KON_RAY.toString());
        CampaignCliTest.Run different = CampaignCliTest.run("diff", PROVINCE.toString(), KON_RAY.toString());

        assertThat(same.exit()).isZero();
        assertThat(same.out()).isEqualTo("Không có thay đổi.\n");
        assertThat(different.exit()).isEqualTo(CampaignCli.FINDINGS);
        assertThat(different.out()).contains("TASK_ADDED — → /sections/1/subsections/4/tasks/2: Phối hợp tổ chức các hội "
                + "nghị, tọa đàm,... về các nội dung…");
    }

    @Test
    void diff_json_listsTheChangesWithTheirPlaces() throws IOException {
        CampaignCliTest.Run run = CampaignCliTest.run("diff", "--format", "json", "--lang", "en", PROVINCE.toString(),
                KON_RAY.toString());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exit()).isEqualTo(CampaignCli.FINDINGS);
        assertThat(json.get("summary").asText()).endsWith("of them in tasks.");
        JsonNode added = json.get("changes").findParents("kind").stream()
                .filter(c -> c.get("kind").asText().equals("TASK_ADDED")).findFirst().orElseThrow();
        assertThat(added.get("before").isNull()).isTrue();
        assertThat(added.get("after").asText()).startsWith("/sections/");
    }

    @Test
    void diff_markdown_hasAHeadingPerKind() {
        CampaignCliTest.Run run = CampaignCliTest.run("diff", "--format", "md", PROVINCE.toString(), KON_RAY.toString());

        assertThat(run.out()).startsWith("# Những thay đổi\n").contains("## Thêm nhiệm vụ (");
    }

    @Test
    void diff_missingFileOrBadFormat_exitsTwo() {
        CampaignCliTest.Run missing = CampaignCliTest.run("diff", KON_RAY.toString(), temp.resolve("none.json").toString());
        CampaignCliTest.Run format = CampaignCliTest.run("diff", "--format", "xml", KON_RAY.toString(), KON_RAY.toString());

        assertThat(missing.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(missing.err()).isEqualTo(temp.resolve("none.json") + ": không có tệp này [FILE_NOT_FOUND]\n");
        assertThat(format.exit()).isEqualTo(CampaignCli.UNREADABLE);
        assertThat(format.err()).isEqualTo("campaign-cli diff: --format is text, json or md, not xml\n");
    }
}
