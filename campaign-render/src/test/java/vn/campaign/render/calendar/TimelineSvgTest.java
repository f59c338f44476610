package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.campaign.testing.SamplePlans;
import vn.campaign.model.TaskKind;

class TimelineSvgTest {

    private final PlanCalendar calendar = PlanCalendar.of(SamplePlans.commune());

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (element.getAttribute("class").equals(cls)) {
                found.add(element);
            }
        }
        return found;
    }

    @Test
    void svg_parsesAsXmlWithOneBarPerEventColouredByKind() throws Exception {
        Document doc = parse(TimelineSvg.render(calendar));
        List<Element> bars = byClass(doc, "g", "bar");

        assertThat(bars).hasSize(calendar.events().size());
        Element festival = bars.stream().filter(b -> b.getAttribute("data-task").equals("festival")).findFirst()
                .orElseThrow();
        assertThat(festival.getAttribute("data-start")).isEqualTo("2024-11-18");
        assertThat(festival.getAttribute("data-kind")).isEqualTo("GREAT_UNITY_FESTIVAL");
        Element rect = (Element) festival.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
        assertThat(rect.getAttribute("fill")).isEqualTo(TimelineSvg.colour(TaskKind.GREAT_UNITY_FESTIVAL));
        assertThat(bars.stream().filter(b -> b.getAttribute("data-ongoing").equals("true")))
                .extracting(b -> b.getAttribute("data-task")).containsExactly("propaganda", "inspection");
    }

    @Test
    void svg_hasOneRowPerTaskQuartersMonthsAndTheFestivalDayOfEachYear() throws Exception {
        Document doc = parse(TimelineSvg.render(calendar));

        assertThat(byClass(doc, "text", "task")).extracting(Element::getTextContent).containsExactly(
                "II.1. Công tác tuyên truyền", "II.2. Ngày hội Đại đoàn kết toàn dân tộc", "II.3. Tập huấn cán bộ thôn.",
                "II.3. Tổng kết giai đoạn.", "IV.1. Ban Thường trực Ủy ban MTTQ Việt Nam xã");
        assertThat(byClass(doc, "g", "quarter")).extracting(Element::getTextContent)
                .containsExactly("Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024", "Quý I/2025",
                        "Quý II/2025", "Quý III/2025", "Quý IV/2025");
        assertThat(byClass(doc, "text", "month")).hasSize(24).first().extracting(Element::getTextContent)
                .isEqualTo("T1");
        assertThat(byClass(doc, "g", "great-unity-day")).extracting(g -> g.getAttribute("data-date"))
                .containsExactly("2024-11-18", "2025-11-18");
        assertThat(byClass(doc, "g", "legend")).extracting(Element::getTextContent).containsExactly(
                "Tuyên truyền, vận động", "Ngày hội Đại đoàn kết toàn dân tộc", "Tập huấn", "Tổng kết",
                "Kiểm tra, giám sát");
        assertThat(byClass(doc, "text", "unscheduled").get(0).getTextContent())
                .isEqualTo("1 nhiệm vụ không ghi thời gian thực hiện (mục II.3): không có trên biểu đồ.");
    }

    @Test
    void svg_escapesTextAndIsDeterministic() throws Exception {
        String svg = TimelineSvg.render(calendar);

        assertThat(TimelineSvg.escape("<a href='x'>&\"\u0001")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
        assertThat(svg).isEqualTo(TimelineSvg.render(PlanCalendar.of(SamplePlans.commune())));
        assertThat(parse(svg).getDocumentElement().getAttribute("width")).isEqualTo("1120");
    }
}
