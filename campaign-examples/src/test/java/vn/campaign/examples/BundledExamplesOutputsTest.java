package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.io.PlanJson;
import vn.campaign.render.calendar.ICalendarWriter;
import vn.campaign.render.calendar.MonthAgenda;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.render.calendar.TimelineSvg;
import vn.campaign.render.PlanRenderer;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;

/** Every bundled example has every people-facing output, and each output says what the plan says. */
class BundledExamplesOutputsTest {

    static Stream<Arguments> examples() throws IOException {
        return Stream.of(
                Arguments.of("plans/kon-ray-2024.json", PlanJson.create().read(KonRay2024Test.resource())),
                Arguments.of("KonRay2024.plan()", KonRay2024.plan()),
                Arguments.of("EmbeddingExample.communePlan()", EmbeddingExample.communePlan()));
    }

    private static List<String> headings(Plan plan) {
        return plan.allSections().map(s -> s.number() + ". " + s.heading()).collect(Collectors.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void documents_inEveryFormatCarryEverySectionRecipientAndTheSigner(String name, Plan plan) throws IOException {
        PlanRenderer renderer = PlanRenderer.create();
        String md = renderer.markdown(plan);
        String html = Jsoup.parse(renderer.html(plan)).text();
        String docx;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(renderer.docx(plan)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            docx = extractor.getText();
        }
        String signer = plan.signature().orElseThrow().signerName();
        for (String text : List.of(md, html, docx)) {
            assertThat(text).contains(headings(plan)).contains(signer).contains("KẾ HOẠCH");
            plan.recipients().forEach(r -> assertThat(text).contains(r.name()));
            plan.allTasks().flatMap(t -> t.description().stream()).forEach(d -> assertThat(text).contains(d));
        }
        assertThat(plan.allSections().map(Section::number)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void calendarAgendaAndTimeline_coverEveryScheduledTask(String name, Plan plan) throws IOException, ParserException {
        PlanCalendar calendar = PlanCalendar.of(plan);
        long scheduled = plan.allTasks().filter(t -> t.schedule().isPresent()).count();
        long unscheduled = plan.allTasks().filter(t -> t.schedule().isEmpty()).count();

        assertThat(calendar.events().stream().map(e -> e.taskId()).distinct().count()).isEqualTo(scheduled);
        assertThat(calendar.unscheduled()).hasSize((int) unscheduled);
        assertThat(new CalendarBuilder().build(new StringReader(ICalendarWriter.write(calendar))).getComponents("VEVENT"))
                .hasSize(calendar.events().size());
        String svg = TimelineSvg.render(calendar);
        assertThat(svg.split("class=\"bar\"", -1)).hasSize(calendar.events().size() + 1);
        assertThat(MonthAgenda.render(calendar)).contains(calendar.events().stream().map(e -> e.sectionNumber())
                .collect(Collectors.toList()));
    }
}
