package vn.campaign.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The structure pass on its own: the elements it finds and their line numbers, no plan model. */
class StructureReaderTest {

    private static List<Integer> numbers(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::number).collect(Collectors.toList());
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).collect(Collectors.toList());
    }

    /** One line a part: "line number. heading [depth]", indented by nesting, then its body as "line text". */
    private static List<String> outline(List<Structure.Part> parts) {
        List<String> out = new ArrayList<>();
        outline(parts, "", out);
        return out;
    }

    private static void outline(List<Structure.Part> parts, String indent, List<String> out) {
        for (Structure.Part part : parts) {
            String body = part.body().stream().map(text -> " | " + text.line().number() + " " + text.text())
                    .collect(Collectors.joining());
            out.add(indent + part.line().number() + " " + part.number() + ". " + part.heading() + " [" + part.depth()
                    + (part.placed() ? ", placed" : "") + "]" + body);
            outline(part.parts(), indent + "  ", out);
        }
    }

    @Test
    void read_findsEachElementOfASmallPlanWithItsLineNumber() {
        String document = String.join("\n",
                "MẶT TRẬN TỔ QUỐC VIỆT NAM",
                "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN KON RẪY",
                "Số: 12/KH-MTTQ-BTT",
                "Kon Rẫy, ngày 05 tháng 01 năm 2024",
                "(lưu hành nội bộ)",
                "",
                "# KẾ HOẠCH",
                "triển khai Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
                "trên địa bàn huyện Kon Rẫy năm 2024",
                "Thực hiện Kế hoạch số 457/KH-MTTQ-BTT ngày 12/01/2024 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;",
                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch như sau:",
                "## I. MỤC ĐÍCH, YÊU CẦU",
                "**1. Mục đích:** Tiếp tục đẩy mạnh phong trào.",
                "2. Yêu cầu",
                "- Bám sát thực tế.",
                "## II. NỘI DUNG",
                "1. Tuyên truyền",
                "a) Trên loa truyền thanh",
                "- Nội dung: các chủ trương",
                "---",
                "Trên đây là Kế hoạch triển khai năm 2024.",
                "Nơi nhận: Ban Thường trực tỉnh (b/c);",
                "- Lưu: VT.",
                "TM. BAN THƯỜNG TRỰC",
                "CHỦ TỊCH",
                "(Đã ký)",
                "Nguyễn Văn A");

        Structure structure = StructureReader.read(document, true);

        assertThat(numbers(structure.lines())).containsExactly(1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                17, 18, 19, 21, 22, 23, 24, 25, 26, 27);
        assertThat(numbers(structure.header())).containsExactly(2);
        assertThat(structure.number().map(SourceLine::number)).contains(3);
        assertThat(structure.placeDate().map(SourceLine::number)).contains(4);
        assertThat(structure.blankPlaceDate()).isEmpty();
        assertThat(numbers(structure.outside())).containsExactly(5);
        assertThat(structure.documentType().map(SourceLine::text)).contains("KẾ HOẠCH");
        assertThat(numbers(structure.title())).containsExactly(8, 9);
        assertThat(numbers(structure.references())).containsExactly(10);
        assertThat(numbers(structure.preamble())).containsExactly(11);
        assertThat(outline(structure.parts())).containsExactly(
                "12 I. MỤC ĐÍCH, YÊU CẦU [0]",
                "  13 1. Mục đích [1] | 13 Tiếp tục đẩy mạnh phong trào.",
                "  14 2. Yêu cầu [1] | 15 Bám sát thực tế.",
                "16 II. NỘI DUNG [0]",
                "  17 1. Tuyên truyền [1]",
                "    18 a. Trên loa truyền thanh [2] | 19 Nội dung: các chủ trương");
        assertThat(structure.parts().get(0).parts().get(1).body().get(0).line().bullet()).isTrue();
        assertThat(structure.closing().map(SourceLine::number)).contains(21);
        assertThat(numbers(structure.recipients())).containsExactly(22, 23);
        assertThat(texts(structure.recipients())).containsExactly("Ban Thường trực tỉnh (b/c);", "Lưu: VT.");
        assertThat(numbers(structure.signature())).containsExactly(24, 25, 27);
    }

    @Test
    void read_findsHeadingsTypedWithoutDiacritics() {
        String document = String.join("\n",
                "So: 5/KH-MTTQ",
                "Kon Ray, ngay 5 thang 1 nam 2024",
                "Ke hoach",
                "Trien khai cuoc van dong nam 2024",
                "I. MUC DICH, YEU CAU",
                "1. Muc dich: tiep tuc",
                "II. NOI DUNG",
                "- Tuyen truyen",
                "Tren day la ke hoach trien khai.",
                "Noi nhan:",
                "- Luu VT.",
                "TM. BAN THUONG TRUC",
                "CHU TICH",
                "Nguyen Van A");

        Structure structure = StructureReader.read(document, false);

        assertThat(structure.number().map(SourceLine::number)).contains(1);
        assertThat(structure.placeDate().map(SourceLine::number)).contains(2);
        assertThat(structure.documentType().map(SourceLine::number)).contains(3);
        assertThat(numbers(structure.title())).containsExactly(4);
        assertThat(outline(structure.parts())).containsExactly(
                "5 I. MUC DICH, YEU CAU [0]",
                "  6 1. Muc dich [1] | 6 tiep tuc",
                "7 II. NOI DUNG [0] | 8 Tuyen truyen");
        assertThat(structure.closing().map(SourceLine::number)).contains(9);
        assertThat(numbers(structure.recipients())).containsExactly(11);
        assertThat(numbers(structure.signature())).containsExactly(12, 13, 14);
        assertThat(structure.outside()).isEmpty();
    }

    @Test
    void read_ofAnEmptyDocument_findsNoElement() {
        for (String document : List.of("", "\n   \n---\n")) {
            for (boolean markdown : new boolean[] {true, false}) {
                Structure structure = StructureReader.read(document, markdown);

                assertThat(structure.isEmpty()).as("%s, markdown %s", document, markdown).isTrue();
                assertThat(structure.parts()).isEmpty();
                assertThat(structure.header()).isEmpty();
                assertThat(structure.outside()).isEmpty();
                assertThat(structure.documentType()).isEmpty();
            }
        }
    }

    @Test
    void read_placesASubpartNumberedTooDeepUnderTheDeepestOpenPart() {
        String document = String.join("\n", "KẾ HOẠCH", "năm 2024", "I. NỘI DUNG", "1.1.1 Tuyên truyền", "2. Tập huấn");

        Structure structure = StructureReader.read(document, false);

        assertThat(outline(structure.parts())).containsExactly(
                "3 I. NỘI DUNG [0]",
                "  4 1.1.1. Tuyên truyền [3, placed]",
                "  5 2. Tập huấn [1]");
    }

    @Test
    void read_countsABlankPlaceDateOnlyWhenNoneCameBefore() {
        Structure blankFirst = StructureReader.read("…, ngày … tháng … năm …\nKon Rẫy, ngày 5 tháng 1 năm 2024", false);
        Structure blankLast = StructureReader.read("Kon Rẫy, ngày 5 tháng 1 năm 2024\n…, ngày … tháng … năm …", false);

        assertThat(blankFirst.blankPlaceDate().map(SourceLine::number)).contains(1);
        assertThat(blankFirst.placeDate().map(SourceLine::number)).contains(2);
        assertThat(blankLast.blankPlaceDate()).isEmpty();
        assertThat(blankLast.placeDate().map(SourceLine::number)).contains(1);
        assertThat(numbers(blankLast.outside())).containsExactly(2);
    }
}
