package vn.campaign.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.cli.CampaignCliTest.Run;

/** The sub-commands that make people-facing outputs: render, schedule, report. */
class OutputCommandsTest {

    static final String KON_RAY = CampaignCliTest.KON_RAY.toString();

    @TempDir
    Path temp;

    @Test
    void renderMd_printsTheDocumentWithBlanksAndExitsZero() {
        Run run = CampaignCliTest.run("render", KON_RAY, "--to", "md");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("Số: …/KH-MTTQ-BTT\n").contains("## KẾ HOẠCH\n")
                .contains("#### IV. TỔ CHỨC THỰC HIỆN\n").endsWith("**Huỳnh Minh Trung**\n");
    }

    @Test
    void renderHtml_writesTheFileAndSaysWhere() throws IOException {
        Path out = temp.resolve("kon-ray.html");

        Run run = CampaignCliTest.run("render", KON_RAY, "--to", "html", "-o", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err().strip()).isEqualTo(out.toString());
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">")
                .contains("<div class=\"motto-line\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>");
    }

    @Test
    void renderDocx_withFrontTitle_writesAWordDocumentPoiReadsBack() throws IOException {
        Path out = temp.resolve("kon-ray.docx");

        Run run = CampaignCliTest.run("render", KON_RAY, "--to", "docx", "--front-title", "-o", out.toString());

        assertThat(run.exit()).isZero();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("KẾ HOẠCH",
                    "- Thời gian thực hiện: Quý III, IV/2024.");
            assertThat(doc.getTables().get(0).getText()).contains("MẶT TRẬN TỔ QUỐC VIỆT NAM")
                    .doesNotContain("CỘNG HÒA");
        }
    }

    @Test
    void render_unknownFormatIsBadUsage() {
        Run run = CampaignCliTest.run("render", KON_RAY, "--to", "pdf");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("expected md, html or docx");
    }

    @Test
    void render_unreadableFileExitsTwo() {
        Run run = CampaignCliTest.run("render", temp.resolve("missing.json").toString(), "--to", "md");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("missing.json").contains("FILE_NOT_FOUND");
    }

    @Test
    void schedule_printsTheAgendaWithoutColourAndWritesIcsAndSvg() throws Exception {
        Path ics = temp.resolve("kon-ray.ics");
        Path svg = temp.resolve("kon-ray.svg");

        Run run = CampaignCliTest.run("schedule", KON_RAY, "--ics", ics.toString(), "--svg", svg.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Suốt kỳ kế hoạch\n  • II.1. Công tác tuyên truyền, vận động các tầng lớp Nhân dân"
                + " (Thường xuyên)\n").contains("Tháng 07/2024\n  • 01/07/2024 – 31/12/2024  II.4.1. Ngày hội Đại đoàn"
                + " kết toàn dân tộc (Quý III, IV/2024)\n").contains("Không ghi thời gian thực hiện (12)")
                .doesNotContain("\u001b[");
        List<VEvent> events = new CalendarBuilder().build(new StringReader(Files.readString(ics)))
                .getComponents("VEVENT");
        assertThat(events).hasSize(9);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("data-date=\"2024-11-18\"")
                .contains("class=\"bar\" data-task=\"great-unity-festival\"");
    }

    @Test
    void report_groupsKonRaysFindingsBySectionWithWhatToDo() {
        Run run = CampaignCliTest.run("report", KON_RAY);

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Báo cáo kiểm tra kế hoạch\n\n1 tệp: 0 lỗi, 3 cảnh báo, 1 thông tin.\n")
                .contains("### Phần đầu văn bản\n")
                .contains("### IV.2. Ban Thường trực Ủy ban MTTQ các xã, thị trấn\n\n- **Cảnh báo** "
                        + "`DUPLICATE_SECTION_NUMBER` (/sections/3/subsections/2/number): ")
                .contains("*Cách xử lý:* ");
    }

    @Test
    void report_htmlForSeveralFilesMarksTheUnreadableOneAndExitsTwo() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{");

        Run run = CampaignCliTest.run("report", "--format", "html", KON_RAY, broken.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("<html lang=\"vi\">").contains("<h2>" + broken + "</h2>")
                .contains("<p class=\"unreadable\">").contains("2 tệp: 0 lỗi, 3 cảnh báo, 1 thông tin; 1 tệp không đọc được.");
    }

    @Test
    void renderAndSchedule_stillWriteButExitOneForAPlanWithErrorFindings() throws IOException {
        Path wrong = temp.resolve("wrong.json");
        Files.writeString(wrong, Files.readString(CampaignCliTest.KON_RAY)
                .replaceFirst("\"issuerId\": \"district-standing-committee\"", "\"issuerId\": \"nobody\""));

        Run render = CampaignCliTest.run("render", wrong.toString(), "--to", "md");
        Run schedule = CampaignCliTest.run("schedule", wrong.toString());
        Run report = CampaignCliTest.run("report", wrong.toString());

        assertThat(render.exit()).isEqualTo(1);
        assertThat(render.out()).contains("## KẾ HOẠCH").contains("Số: …/KH\n");
        assertThat(render.err()).contains("wrong.json: 1 lỗi");
        assertThat(schedule.exit()).isEqualTo(1);
        assertThat(schedule.out()).contains("Tháng 12/2024");
        assertThat(report.exit()).isEqualTo(1);
        assertThat(report.out()).contains("### Phần đầu văn bản\n\n- **Lỗi** `UNKNOWN_ACTOR` (/issuerId): ");
    }
}
