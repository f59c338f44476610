package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.cli.CampaignCliTest.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.io.PlanJson;
import vn.campaign.importer.PlanImporter;

class ImportCommandTest {

    static final Path SEED = Paths.get("src/main/resources/plans/ke-hoach-kon-ray-2024.md");

    @TempDir
    Path temp;

    @Test
    void import_seedExitsZeroAndPrintsTheReportInVietnamese() {
        CampaignCliTest.Run run = run("import", SEED.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith(SEED + ":\n").contains("dòng 33: GUESSED ROLE_INFERRED: ")
                .contains("0 không ánh xạ được, ");
    }

    @Test
    void import_inEnglishOnRequest() {
        CampaignCliTest.Run run = run("import", "--lang", "en", SEED.toString());

        assertThat(run.out()).contains("line 33: GUESSED ROLE_INFERRED: ").contains("0 unmapped, ");
    }

    @Test
    void import_withOutputWritesThePlanAsJson() throws IOException {
        Path json = temp.resolve("plan.json");

        CampaignCliTest.Run run = run("import", SEED.toString(), "-o", json.toString());

        assertThat(run.exit()).isZero();
        assertThat(PlanJson.create().read(json)).isEqualTo(PlanImporter.create()
                .importMarkdown(Files.readString(SEED)).plan().orElseThrow());
    }

    @Test
    void import_ofADocumentThatIsNotAPlanExitsOne() throws IOException {
        Path recipe = temp.resolve("recipe.txt");
        Files.writeString(recipe, "Bánh chưng\n1. Ngâm gạo.\n2. Gói bánh.\n", StandardCharsets.UTF_8);
        Path json = temp.resolve("plan.json");

        CampaignCliTest.Run run = run("import", recipe.toString(), "-o", json.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("Không tạo được kế hoạch: Không tìm thấy cấu trúc văn bản")
                .contains("[NO_PLAN_STRUCTURE]").contains("dòng 1: UNMAPPED NOT_A_PLAN");
        assertThat(json).doesNotExist();
    }

    @Test
    void import_withUnmappedTextExitsOne() throws IOException {
        Path plan = temp.resolve("plan.md");
        Files.writeString(plan, "ghi chú\n" + Files.readString(SEED), StandardCharsets.UTF_8);

        CampaignCliTest.Run run = run("import", plan.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("dòng 1: UNMAPPED LINE_OUTSIDE_STRUCTURE: ");
    }

    @Test
    void import_ofADocxExitsZero() throws IOException {
        Path docx = temp.resolve("plan.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            for (String line : Files.readAllLines(SEED)) {
                document.createParagraph().createRun().setText(line.replaceAll("^#+ *", "").replace("*", ""));
            }
            document.write(out);
        }

        CampaignCliTest.Run run = run("import", docx.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void import_ofAMissingFileOrABrokenDocxExitsTwo() throws IOException {
        CampaignCliTest.Run missing = run("import", temp.resolve("none.md").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).endsWith("none.md: không có tệp này [FILE_NOT_FOUND]" + System.lineSeparator());

        Path broken = temp.resolve("broken.docx");
        Files.writeString(broken, "KẾ HOẠCH", StandardCharsets.UTF_8);
        CampaignCliTest.Run docx = run("import", broken.toString());
        assertThat(docx.exit()).isEqualTo(2);
        assertThat(docx.err()).contains("[FILE_UNREADABLE]");
    }

    @Test
    void import_withoutAFileIsBadUsageAndExitsTwo() {
        assertThat(run("import").exit()).isEqualTo(2);
    }
}
