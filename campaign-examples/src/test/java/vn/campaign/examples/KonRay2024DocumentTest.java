package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.campaign.render.PlanRenderer;

/**
 * The Kon Rẫy plan rendered to Markdown reads like the seed text it was encoded from, section for
 * section. Both texts are parsed into the same structure (numbered headings, bullet items, schedule
 * phrases, recipients, signature) and compared; where they differ by design, the test names the
 * difference.
 */
class KonRay2024DocumentTest {

    /** The seed as received (shared/reference/ke-hoach-kon-ray-2024.md), copied as a test resource. */
    static final String SEED = "/seed/ke-hoach-kon-ray-2024.md";

    /**
     * Bullets the rendering writes differently from the seed, by design: the model keeps the text after
     * the label, not the label's wording, and the funding source's label comes from its kind.
     */
    static final Map<String, String> RENDERED_TO_SEED = Map.of(
            "Nội dung: 05 nội dung Cuộc vận động,", "Nội dung tập huấn: 05 nội dung Cuộc vận động,",
            "Nguồn ngân sách Nhà nước: Thực hiện", "Nguồn ngân sách Nhà nước cấp: Thực hiện");

    private static final Pattern NUMBERED = Pattern.compile("((?:[IVX]+)|(?:[0-9]+(?:\\.[0-9]+)*))\\. (.+)");
    private static final Pattern LEAD = Pattern.compile("\\*\\*([0-9]+)\\. ([^*:]+):\\*\\* .*");

    /** What the comparison reads from a Markdown plan. */
    record Structure(List<String> preface, List<String> headings, List<String> bullets, List<String> schedules,
            List<String> recipients, List<String> signature) {
    }

    static Structure parse(String markdown) {
        List<String> preface = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        List<String> schedules = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        List<String> signature = new ArrayList<>();
        boolean inRecipients = false;
        boolean seenType = false;
        String text = Normalizer.normalize(markdown, Normalizer.Form.NFC).replaceAll("\\\\([\\\\*_`\\[\\]<>#|])", "$1");
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.equals("-----")) {
                continue;
            }
            Matcher lead = LEAD.matcher(line);
            String plain = line.replaceAll("^#+\\s*", "").replace("*", "").strip();
            if (!seenType) {
                if (plain.equals("KẾ HOẠCH")) {
                    seenType = true;
                } else {
                    preface.add(plain);
                }
                continue;
            }
            if (plain.equals("Nơi nhận:")) {
                inRecipients = true;
                continue;
            }
            if (line.startsWith("- ")) {
                String item = line.substring(2).strip();
                if (inRecipients) {
                    recipients.add(item);
                } else {
                    bullets.add(item);
                    if (item.startsWith("Thời gian thực hiện: ")) {
                        schedules.add(item.substring("Thời gian thực hiện: ".length()));
                    }
                }
                continue;
            }
            if (inRecipients) {
                signature.add(plain);
                continue;
            }
            if (lead.matches()) {
                headings.add(lead.group(1) + ". " + lead.group(2));
                continue;
            }
            Matcher numbered = NUMBERED.matcher(plain);
            if ((line.startsWith("#") || line.startsWith("**")) && numbered.matches()) {
                headings.add(numbered.group(1) + ". " + numbered.group(2).replaceAll(":$", "").strip());
            }
        }
        return new Structure(preface, headings, bullets, schedules, recipients, signature);
    }

    static String seed() throws IOException {
        try (InputStream in = KonRay2024DocumentTest.class.getResourceAsStream(SEED)) {
            assertThat(in).as(SEED).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String rendered() {
        return PlanRenderer.create().markdown(KonRay2024.plan());
    }

    @Test
    void markdown_hasTheSeedsNumberedHeadingsInOrder() throws IOException {
        Structure seed = parse(seed());
        Structure ours = parse(rendered());

        assertThat(ours.headings()).hasSize(18).containsExactlyElementsOf(seed.headings());
        assertThat(ours.headings()).startsWith("I. MỤC ĐÍCH - YÊU CẦU", "1. Mục đích", "2. Yêu cầu",
                "II. NỘI DUNG THỰC HIỆN CUỘC VẬN ĐỘNG").endsWith("IV. TỔ CHỨC THỰC HIỆN",
                "1. Ban Thường trực Ủy ban MTTQ Việt Nam huyện", "2. Các tổ chức thành viên Ủy ban MTTQ Việt Nam huyện",
                "2. Ban Thường trực Ủy ban MTTQ các xã, thị trấn");
    }

    @Test
    void markdown_hasTheSeedsBulletsWordForWordExceptTwoLabels() throws IOException {
        List<String> seed = parse(seed()).bullets();
        List<String> ours = new ArrayList<>();
        for (String bullet : parse(rendered()).bullets()) {
            String mapped = bullet;
            for (Map.Entry<String, String> difference : RENDERED_TO_SEED.entrySet()) {
                if (bullet.startsWith(difference.getKey())) {
                    mapped = difference.getValue() + bullet.substring(difference.getKey().length());
                }
            }
            ours.add(mapped);
        }

        assertThat(ours).hasSize(31).containsExactlyElementsOf(seed);
        assertThat(parse(rendered()).bullets()).filteredOn(b -> RENDERED_TO_SEED.keySet().stream().anyMatch(b::startsWith))
                .hasSize(2);
    }

    @Test
    void markdown_hasTheSeedsSchedulePhrases() throws IOException {
        assertThat(parse(rendered()).schedules()).containsExactlyElementsOf(parse(seed()).schedules())
                .containsExactly("Thường xuyên.", "Trong năm 2024.", "Trong năm 2024.", "Trong năm 2024.",
                        "Quý III, IV/2024.", "Trong năm 2024.");
    }

    @Test
    void markdown_hasTheSeedsRecipientsAndSignature() throws IOException {
        Structure seed = parse(seed());
        Structure ours = parse(rendered());

        assertThat(ours.recipients()).hasSize(8).containsExactlyElementsOf(seed.recipients());
        assertThat(ours.signature()).containsExactlyElementsOf(seed.signature())
                .containsExactly("TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung");
    }

    @Test
    void markdown_addsOnlyTheDecreesHeaderWithBlanksTheSeedLacks() throws IOException {
        // By design: the seed starts at "KẾ HOẠCH"; the rendering prints the Decree 30 header above it,
        // with the blanks an official fills in for the number, place and date the text lacks.
        assertThat(parse(seed()).preface()).isEmpty();
        assertThat(parse(rendered()).preface()).containsExactly("ỦY BAN MTTQ VIỆT NAM HUYỆN KON RẪY",
                "BAN THƯỜNG TRỰC", "Số: …/KH-MTTQ-BTT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "…, ngày … tháng … năm …");
    }

    @Test
    void markdown_opensWithTheSeedsReferenceSentenceAndPreamble() throws IOException {
        String seed = seed();
        String ours = rendered();
        String reference = "Thực hiện Kế hoạch số 457/KH-MTTQ-BTT, ngày 12/01/2024 của Ban Thường trực Ủy ban MTTQ Việt"
                + " Nam tỉnh về triển khai thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn"
                + " minh” năm 2024;\n\nBan Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng Kế hoạch triển khai thực hiện"
                + " Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” trên địa bàn huyện năm 2024;"
                + " như sau:\n";

        assertThat(seed).contains(reference);
        assertThat(ours).contains("## KẾ HOẠCH\n\n### triển khai thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng"
                + " nông thôn mới, đô thị văn minh” trên địa bàn huyện Kon Rẫy năm 2024\n\n-----\n\n" + reference);
    }
}
