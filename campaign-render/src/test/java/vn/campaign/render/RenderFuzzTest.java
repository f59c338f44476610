package vn.campaign.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.model.Plan;
import vn.campaign.render.calendar.ICalendarWriter;
import vn.campaign.render.calendar.ICalendarWriterTest;
import vn.campaign.render.calendar.MonthAgenda;
import vn.campaign.render.calendar.TimelineSvg;

/**
 * Fuzzes the renderers and the calendar writers (Jazzer) with plans built from fuzz data: every text of
 * the sample commune plan (title, preamble, headings, paragraphs, task texts, closing, signature) is
 * replaced by a string of the input. Whatever the texts, Markdown parses back (CommonMark) to the
 * structure of the same plan with plain words (blank where the input's text is blank); HTML holds no element of the text; SVG and the DOCX
 * parse as XML 1.0; the iCalendar file passes the strict line checker and ical4j reads as many events
 * as the calendar has. Any exception is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (every {@code mvn verify}) the test replays the inputs in
 * {@code src/test/resources/vn/campaign/render/RenderFuzzTestInputs/render/}; with {@code JAZZER_FUZZ=1}
 * it fuzzes and adds crashing inputs there. See {@code docs/security.md}.
 */
class RenderFuzzTest {

    private static final PlanRenderer RENDERER = PlanRenderer.create();

    @FuzzTest(maxDuration = "5m")
    void render(FuzzedDataProvider data) throws Exception {
        List<String> texts = new ArrayList<>();
        Plan plan;
        Plan plain;
        try {
            plan = HostileTextTest.rewritten(text -> {
                String fuzzed = data.consumeString(200);
                texts.add(fuzzed);
                return fuzzed;
            });
            // The same plan in plain words, blank where the fuzzed text is blank (it renders no emphasis).
            Iterator<String> fuzzed = texts.iterator();
            plain = HostileTextTest.rewritten(text -> fuzzed.next().codePoints()
                    .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)) ? "" : "x");
        } catch (IllegalArgumentException e) {
            // A text the model refuses (a blank heading): not a rendering.
            return;
        }
        String markdown = RENDERER.markdown(plan);
        assertThat(HostileTextTest.structure(markdown)).isEqualTo(HostileTextTest.structure(RENDERER.markdown(plain)));

        assertThat(org.jsoup.Jsoup.parse(RENDERER.html(plan)).select("script, style ~ style, a, img")).isEmpty();

        PlanCalendar calendar = PlanCalendar.of(plan);
        xml(TimelineSvg.render(calendar));
        assertThat(MonthAgenda.render(calendar, false)).isNotNull();

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(RENDERER.docx(plan)))) {
            assertThat(docx.getParagraphs()).isNotEmpty();
        }

        String ics = ICalendarWriter.write(calendar);
        ICalendarWriterTest.assertStrictLines(ics);
        assertThat(new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT"))
                .hasSize(calendar.events().size());
    }

    private static void xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
