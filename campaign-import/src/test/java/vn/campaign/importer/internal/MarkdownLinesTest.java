package vn.campaign.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown line source: what commonmark-java reads on each source line. */
class MarkdownLinesTest {

    private static List<SourceLine> lines(String... markdown) {
        return MarkdownLines.split(String.join("\n", markdown));
    }

    @Test
    void split_givesOneLinePerSourceLineNumberedFrom1() {
        List<SourceLine> lines = lines("ỦY BAN MTTQ VIỆT NAM", "XÃ LƯƠNG MINH", "", "# KẾ HOẠCH");

        assertThat(lines).extracting(SourceLine::number, SourceLine::text)
                .containsExactly(tuple(1, "ỦY BAN MTTQ VIỆT NAM"), tuple(2, "XÃ LƯƠNG MINH"), tuple(3, ""),
                        tuple(4, "KẾ HOẠCH"));
    }

    @Test
    void escapedStar_isATypedBulletNotEmphasis() {
        SourceLine line = lines("\\* Thời gian thực hiện: Từ ngày 04/02/2026 đến ngày 08/02/2026.").get(0);

        assertThat(line.bullet()).isTrue();
        assertThat(line.text()).isEqualTo("Thời gian thực hiện: Từ ngày 04/02/2026 đến ngày 08/02/2026.");
    }

    @Test
    void htmlCommentAndSetextUnderline_areLayout() {
        List<SourceLine> lines = lines("TỈNH ĐẮK LẮK", "-------", "", "<!-- Not stored: the annex", "of forms -->", "",
                "Số: 01/QCPH/UBND-UBMTTQ");

        assertThat(lines).extracting(SourceLine::isLayout).containsExactly(false, true, true, true, true, true, false);
    }

    @Test
    void tableRows_haveTheirCells_andTheDelimiterRowIsLayout() {
        List<SourceLine> lines = lines("| STT | Nội dung | Thời gian | Chủ trì |", "|---|---|:---:|---|",
                "| 1 | Tổ chức hội nghị \\| hiệp thương | Quý I/2026 | Ban Thường trực |");

        assertThat(lines.get(0).cells()).containsExactly("STT", "Nội dung", "Thời gian", "Chủ trì");
        assertThat(lines.get(1).isLayout()).isTrue();
        assertThat(lines.get(2).cells()).containsExactly("1", "Tổ chức hội nghị | hiệp thương", "Quý I/2026",
                "Ban Thường trực");
    }

    @Test
    void orderedListItem_keepsItsNumber_bulletItemIsABullet() {
        List<SourceLine> lines = lines("1. Tuyên truyền", "", "- Nội dung: 05 nội dung", "  + Đợt 1: tháng 11/2025");

        assertThat(lines).extracting(SourceLine::text, SourceLine::bullet).containsExactly(
                tuple("1. Tuyên truyền", false), tuple("", false), tuple("Nội dung: 05 nội dung", true),
                tuple("Đợt 1: tháng 11/2025", true));
    }

    @Test
    void leadingEmphasis_isTheLead_andAHardBreakSplitsTheSignatureLines() {
        List<SourceLine> lines = lines("**1. Mục đích:** Tiếp tục xây dựng.", "", "**TM. BAN THƯỜNG TRỰC  ",
                "PHÓ CHỦ TỊCH**");

        assertThat(lines).extracting(SourceLine::text, SourceLine::lead).containsExactly(
                tuple("1. Mục đích: Tiếp tục xây dựng.", "1. Mục đích:"), tuple("", ""),
                tuple("TM. BAN THƯỜNG TRỰC", "TM. BAN THƯỜNG TRỰC"), tuple("PHÓ CHỦ TỊCH", ""));
    }

    @Test
    void plainText_readsPipeRowsAsTableRowsToo() {
        List<SourceLine> lines = SourceLine.split("| STT | Nội dung |\n|---|---|\n| 1 | Tổ chức hội nghị |", false);

        assertThat(lines).extracting(SourceLine::cells)
                .containsExactly(List.of("STT", "Nội dung"), List.of(), List.of("1", "Tổ chức hội nghị"));
    }
}
