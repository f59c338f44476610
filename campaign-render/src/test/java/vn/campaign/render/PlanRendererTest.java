package vn.campaign.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.campaign.testing.SamplePlans;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;
import vn.campaign.model.ReferenceRelation;

class PlanRendererTest {

    private final PlanRenderer renderer = PlanRenderer.create();
    private final Plan plan = SamplePlans.commune();

    @Test
    void markdown_printsBlanksForMissingNumberPlaceAndDate() {
        String md = renderer.markdown(plan);

        assertThat(md).contains("Số: …/KH-MTTQ-BTT\n").contains("*…, ngày … tháng … năm …*");
    }

    @Test
    void markdown_printsNumberPlaceAndDateAsTheDecreeWritesThem() {
        String md = renderer.markdown(SamplePlans.communeNumbered());

        assertThat(md).contains("Số: 15/KH-MTTQ-BTT\n").contains("*Tân Lập, ngày 05 tháng 02 năm 2024*")
                .contains("\n\nTrên đây là Kế hoạch triển khai Cuộc vận động./.\n\n***Nơi nhận:***");
    }

    @Test
    void markdown_headerNamesParentBodyWithUnitThenIssuerThenNationalMotto() {
        String md = renderer.markdown(plan);

        assertThat(md).startsWith("ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP  \n**BAN THƯỜNG TRỰC**  \nSố: …/KH-MTTQ-BTT\n\n"
                + "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  \n**Độc lập - Tự do - Hạnh phúc**\n\n");
        assertThat(md).contains("\n## KẾ HOẠCH\n\n### triển khai Cuộc vận động trên địa bàn xã Tân Lập giai đoạn"
                + " 2024 - 2025\n\n-----\n\nThực hiện Kế hoạch số 12/KH-MTTQ-BTT, ngày 20/01/2024 của Ban Thường trực"
                + " Ủy ban MTTQ Việt Nam huyện về triển khai Cuộc vận động năm 2024;\n\n"
                + "Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng Kế hoạch như sau:\n\n");
    }

    @Test
    void markdown_namesAFrontCircularAThongTriAndANormativeCircularAThongTu() {
        Plan cited = plan.toBuilder().references(
                DocumentReference.of("tt-17", ReferenceRelation.LEGAL_BASIS, DocumentNumber.parse("17/TT-MTTW-BTT"),
                        LocalDate.of(2015, 4, 3)),
                DocumentReference.of("tt-121", ReferenceRelation.LEGAL_BASIS, DocumentNumber.parse("121/2017/TT-BTC"),
                        LocalDate.of(2017, 11, 15))).build();

        String md = renderer.markdown(cited);

        assertThat(md).contains("Căn cứ Thông tri số 17/TT-MTTW-BTT, ngày 03/04/2015;")
                .contains("Căn cứ Thông tư số 121/2017/TT-BTC, ngày 15/11/2017;");
    }

    @Test
    void frontHeaderTitle_replacesTheNationalMottoWithTheFrontsLine() {
        String md = renderer.withHeaderTitle(HeaderTitle.FRONT).markdown(plan);

        assertThat(md).contains("**MẶT TRẬN TỔ QUỐC VIỆT NAM**\n\n").doesNotContain("CỘNG HÒA");
    }

    @Test
    void markdown_printsSectionsWithNumbersAsWrittenAndTaskFields() {
        String md = renderer.markdown(plan);

        assertThat(md).contains("#### I. MỤC ĐÍCH - YÊU CẦU\n\n**1. Mục đích:** Phát huy khối đại đoàn kết toàn dân"
                + " tộc.\n\n#### II. NỘI DUNG\n\n##### 1. Công tác tuyên truyền\n\n- Nội dung: Tuyên truyền");
        assertThat(md).contains("- Hình thức: Hội nghị nhân dân, loa truyền thanh.\n\n"
                + "- Thời gian thực hiện: Thường xuyên.\n\n");
        assertThat(md).contains("- Tổ chức Ngày hội ở các thôn.\n\n- Thời gian thực hiện: Ngày 18/11 hằng năm.\n");
        assertThat(md).contains("- Thời gian thực hiện: Quý I, III/2024.\n");
        assertThat(md).contains("#### III. KINH PHÍ\n\n- Nguồn ngân sách Nhà nước: Theo Thông tư 121/2017/TT-BTC.\n");
    }

    @Test
    void markdown_omitsTheTimeLineInSectionsOfAnActorsDuties() {
        String md = renderer.markdown(plan);

        assertThat(md).contains("##### 1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n\n- Thường xuyên kiểm tra, giám sát."
                + "\n\n***Nơi nhận:***");
    }

    @Test
    void markdown_endsWithRecipientsAndTheSignatureBlock() {
        String md = renderer.markdown(plan);

        assertThat(md).endsWith("***Nơi nhận:***\n\n- BTT UBMTTQVN huyện (B/c);\n- Đảng ủy xã;\n"
                + "- Các đoàn thể xã (P/h);\n- Ban công tác Mặt trận các thôn (T/h);\n- Lưu VT.\n\n"
                + "**TM. BAN THƯỜNG TRỰC  \nCHỦ TỊCH**\n\n**Nguyễn Văn A**\n");
    }

    @Test
    void markdown_escapesMarkupInThePlansText() {
        String md = renderer.markdown(plan);

        // "&" too: "&amp;" in a plan's text would otherwise print as "&".
        assertThat(md).contains("- Nội dung: Tuyên truyền \\<script\\>alert(\"x\")\\</script\\> \\& \\*đậm\\*"
                + " \\[liên kết\\](http://x)\n");
    }

    @Test
    void html_isOneSelfContainedPrintableVietnameseFile() {
        Document html = Jsoup.parse(renderer.html(plan));

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("vi");
        assertThat(html.selectFirst("meta[charset]").attr("charset")).isEqualTo("UTF-8");
        assertThat(html.select("script, link, img, iframe, object, [src], [href]")).isEmpty();
        String css = html.selectFirst("head style").data();
        assertThat(css).contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }")
                .contains("font-family: 'Times New Roman'").contains("font-size: 14pt").doesNotContain("url(");
    }

    @Test
    void html_escapesThePlansTextSoItNeverBecomesMarkup() {
        Document html = Jsoup.parse(renderer.html(plan));

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("ul.items li").eachText()).contains("Nội dung: " + SamplePlans.HOSTILE);
    }

    @Test
    void html_hasTheHeaderSectionsItemsRecipientsAndSignature() {
        Document html = Jsoup.parse(renderer.html(SamplePlans.communeNumbered()));

        assertThat(html.select("td.issuer div").eachText())
                .containsExactly("ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP", "BAN THƯỜNG TRỰC", "Số: 15/KH-MTTQ-BTT");
        assertThat(html.select("td.motto div").eachText()).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Tân Lập, ngày 05 tháng 02 năm 2024");
        assertThat(html.selectFirst("h1.type").text()).isEqualTo("KẾ HOẠCH");
        assertThat(html.select("h2").eachText())
                .containsExactly("I. MỤC ĐÍCH - YÊU CẦU", "II. NỘI DUNG", "III. KINH PHÍ", "IV. TỔ CHỨC THỰC HIỆN");
        assertThat(html.select("h3").eachText()).containsExactly("1. Công tác tuyên truyền",
                "2. Ngày hội Đại đoàn kết toàn dân tộc", "3. Tập huấn", "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã");
        assertThat(html.select("p.lead").text()).isEqualTo("1. Mục đích: Phát huy khối đại đoàn kết toàn dân tộc.");
        assertThat(html.select("ul.items li").eachText()).contains("Thời gian thực hiện: Quý III, IV/2025.",
                "Nguồn ngân sách Nhà nước: Theo Thông tư 121/2017/TT-BTC.");
        assertThat(html.select("td.recipients .title").text()).isEqualTo("Nơi nhận:");
        assertThat(html.select("td.recipients li").eachText()).containsExactly("BTT UBMTTQVN huyện (B/c);",
                "Đảng ủy xã;", "Các đoàn thể xã (P/h);", "Ban công tác Mặt trận các thôn (T/h);", "Lưu VT.");
        assertThat(html.select("td.signature div").eachText())
                .containsExactly("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn A");
        assertThat(html.selectFirst("p.closing").text()).isEqualTo("Trên đây là Kế hoạch triển khai Cuộc vận động./.");
    }

    @Test
    void docx_readsBackWithPoiWithHeaderHeadingsItemsRecipientsAndSignature() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.docx(plan)))) {
            List<String> body = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph) {
                    XWPFParagraph p = (XWPFParagraph) element;
                    body.add(p.getText());
                    if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                        headings.add(p.getStyle() + " " + p.getText());
                    }
                }
            }
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(2);
            assertThat(cellText(tables.get(0), 0)).containsExactly("ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP", "BAN THƯỜNG TRỰC",
                    "Số: …/KH-MTTQ-BTT");
            assertThat(cellText(tables.get(0), 1)).containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "…, ngày … tháng … năm …");
            assertThat(body).startsWith("KẾ HOẠCH", "triển khai Cuộc vận động trên địa bàn xã Tân Lập giai đoạn 2024 - 2025");
            assertThat(headings).containsExactly("Heading1 I. MỤC ĐÍCH - YÊU CẦU", "Heading1 II. NỘI DUNG",
                    "Heading2 1. Công tác tuyên truyền", "Heading2 2. Ngày hội Đại đoàn kết toàn dân tộc",
                    "Heading2 3. Tập huấn", "Heading1 III. KINH PHÍ", "Heading1 IV. TỔ CHỨC THỰC HIỆN",
                    "Heading2 1. Ban Thường trực Ủy ban MTTQ Việt Nam xã");
            assertThat(body).contains("1. Mục đích: Phát huy khối đại đoàn kết toàn dân tộc.",
                    "- Nội dung: " + SamplePlans.HOSTILE, "- Thời gian thực hiện: Ngày 18/11 hằng năm.");
            assertThat(doc.getStyles().getStyle("Heading1")).isNotNull();
            assertThat(cellText(tables.get(1), 0)).containsExactly("Nơi nhận:", "- BTT UBMTTQVN huyện (B/c);",
                    "- Đảng ủy xã;", "- Các đoàn thể xã (P/h);", "- Ban công tác Mặt trận các thôn (T/h);", "- Lưu VT.");
            assertThat(cellText(tables.get(1), 1)).containsExactly("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn A");
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("Times New Roman");
        }
    }

    private static List<String> cellText(XWPFTable table, int column) {
        List<String> lines = new ArrayList<>();
        for (XWPFParagraph p : table.getRow(0).getCell(column).getParagraphs()) {
            if (!p.getText().isEmpty()) {
                lines.add(p.getText());
            }
        }
        return lines;
    }

    @Test
    void everyFormat_isDeterministic() {
        assertThat(renderer.markdown(plan)).isEqualTo(renderer.markdown(SamplePlans.commune()));
        assertThat(renderer.html(plan)).isEqualTo(renderer.html(SamplePlans.commune()));
        assertThat(Arrays.equals(renderer.docx(plan), renderer.docx(SamplePlans.commune()))).isTrue();
    }

    @Test
    void render_writesTheChosenFormatToTheStream() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(plan, DocumentFormat.fromName("MD"), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(renderer.markdown(plan));
    }

    @Test
    void documentFormat_rejectsAnUnknownName() {
        assertThatThrownBy(() -> DocumentFormat.fromName("pdf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown document format \"pdf\" (expected md, html or docx)");
    }
}
