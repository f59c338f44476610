package vn.campaign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.testing.SamplePlans;
import vn.campaign.model.Language;
import vn.campaign.validation.ValidationReport;

class FindingsReportTest {

    private static final ValidationReport FINDINGS = ValidationReport.of(List.of(
            Finding.of("PLAN_NUMBER_MISSING", Severity.WARNING, PlanPointer.parse("/number"), List.of()),
            Finding.of("APP_RULE", Severity.ERROR, PlanPointer.parse("/recipients/0"), List.of("<script>x</script>")),
            Finding.of("APP_RULE", Severity.INFO, PlanPointer.parse("/sections/1/subsections/2/tasks/1/schedule"), List.of("a")),
            Finding.of("APP_RULE", Severity.ERROR, PlanPointer.parse("/sections/1/subsections/2/tasks/0"), List.of("b"))));

    private final FindingsReport report = FindingsReport.create().with("xa-tan-lap.json", SamplePlans.commune(), FINDINGS);

    @Test
    void markdown_groupsFindingsBySectionInDocumentOrderWithWhatToDo() {
        String md = report.markdown();

        assertThat(md).startsWith("# Báo cáo kiểm tra kế hoạch\n\n1 tệp: 2 lỗi, 1 cảnh báo, 1 thông tin.\n\n"
                + "## xa-tan-lap.json\n\n");
        assertThat(md.indexOf("### Phần đầu văn bản")).isPositive()
                .isLessThan(md.indexOf("### II.3. Tập huấn"));
        assertThat(md.indexOf("### II.3. Tập huấn")).isLessThan(md.indexOf("### Nơi nhận"));
        assertThat(md).contains("### II.3. Tập huấn\n\n- **Lỗi** `APP_RULE` (/sections/1/subsections/2/tasks/0): ")
                .contains("- **Cảnh báo** `PLAN_NUMBER_MISSING` (/number): "
                        + FINDINGS.findings("PLAN_NUMBER_MISSING").get(0).message(Language.VI) + "  \n  *Cách xử lý:* "
                        + FINDINGS.findings("PLAN_NUMBER_MISSING").get(0).hint(Language.VI) + "\n");
    }

    @Test
    void markdown_inEnglishOnRequest() {
        assertThat(report.inLanguage(Language.EN).markdown()).startsWith("# Plan validation report\n\n"
                + "1 file(s): 2 error(s), 1 warning(s), 1 information.\n").contains("### Document header\n")
                .contains("*What to do:* ");
    }

    @Test
    void html_isSelfContainedAndEscapesTheFindingsText() {
        Document html = Jsoup.parse(report.html());

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(html.select("script, link, img, [src], [href]")).isEmpty();
        assertThat(html.select("h3").eachText()).containsExactly("Phần đầu văn bản", "II.3. Tập huấn", "Nơi nhận");
        assertThat(html.select("li.finding.ERROR .message").eachText()).anyMatch(t -> t.contains("<script>x</script>"));
        assertThat(html.select("li.finding .hint")).hasSize(4);
    }

    @Test
    void unreadableFile_isReportedWithItsErrorAndCounted() {
        FindingsReport withBroken = report.withUnreadable("broken.json", "broken.json: line 1 <EOF> [JSON_SYNTAX]");

        assertThat(withBroken.unreadable()).isEqualTo(1);
        assertThat(withBroken.markdown()).contains("## broken.json\n\n**Không đọc được tệp:** broken.json: line 1"
                + " \\<EOF\\> \\[JSON\\_SYNTAX\\]\n").contains("2 tệp: 2 lỗi, 1 cảnh báo, 1 thông tin; 1 tệp không đọc được.");
    }

    @Test
    void planWithoutFindings_saysSo() {
        String md = FindingsReport.create().with("ok.json", SamplePlans.commune(), ValidationReport.of(List.of()))
                .markdown();

        assertThat(md).endsWith("Không có phát hiện nào.\n");
    }

    @Test
    void aReportLongerThanMaxTextLength_isRefusedNamingTheLimit() {
        int length = report.markdown().length();
        FindingsReport limited = report.withLimits(RenderLimits.defaults().withMaxTextLength(length - 1));

        assertThatThrownBy(limited::markdown).isInstanceOfSatisfying(RenderLimitException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("The report has more than " + (length - 1)
                    + " characters of text (limit maxTextLength)");
            assertThat(e.limit()).isEqualTo("maxTextLength");
            assertThat(e.maximum()).isEqualTo(length - 1);
        });
        assertThatThrownBy(report.withLimits(RenderLimits.defaults().withMaxTextLength(200))::html)
                .isInstanceOf(RenderLimitException.class);
    }

    @Test
    void aReportOfExactlyMaxTextLength_isRendered() {
        String markdown = report.markdown();
        String html = report.html();

        assertThat(report.withLimits(RenderLimits.defaults().withMaxTextLength(markdown.length())).markdown())
                .isEqualTo(markdown);
        assertThat(report.withLimits(RenderLimits.defaults().withMaxTextLength(html.length())).html()).isEqualTo(html);
    }
}
