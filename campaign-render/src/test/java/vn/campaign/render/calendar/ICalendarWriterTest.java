package vn.campaign.render.calendar;

import vn.campaign.calendar.PlanCalendar;
import vn.campaign.calendar.CalendarEvent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.campaign.testing.SamplePlans;

public class ICalendarWriterTest {

    /** For JUnit; public only so that the fuzz test of vn.campaign.render can use the line checker. */
    public ICalendarWriterTest() {
    }

    private final PlanCalendar calendar = PlanCalendar.of(SamplePlans.commune());

    private static Calendar parse(String text) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(text));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }

    @Test
    void ics_parsesBackWithIcal4jAsAllDayEventsWithStableUids() throws Exception {
        Calendar ics = parse(ICalendarWriter.write(calendar));
        List<VEvent> events = ics.getComponents("VEVENT");

        assertThat(events).hasSize(calendar.events().size());
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactlyElementsOf(calendar.events().stream().map(CalendarEvent::uid).collect(Collectors.toList()));
        VEvent festival2024 = events.get(1);
        assertThat(festival2024.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(festival2024, "DTSTART")).isEqualTo("20241118");
        assertThat(value(festival2024, "DTEND")).isEqualTo("20241119");
        assertThat(value(festival2024, "SUMMARY")).isEqualTo("II.2. Ngày hội Đại đoàn kết toàn dân tộc");
        assertThat(value(ics.getProperty("X-WR-TIMEZONE").map(p -> p).orElseThrow())).isEqualTo("Asia/Ho_Chi_Minh");
    }

    private static String value(Property property) {
        return property.getValue();
    }

    @Test
    void ics_ongoingTaskIsOneEventOverThePeriodMarkedOngoing() throws Exception {
        List<VEvent> events = parse(ICalendarWriter.write(calendar)).getComponents("VEVENT");
        VEvent propaganda = events.get(0);

        assertThat(events.stream().filter(e -> value(e, "X-CAMPAIGN-TASK-ID").equals("propaganda"))).hasSize(1);
        assertThat(value(propaganda, "DTSTART")).isEqualTo("20240101");
        assertThat(value(propaganda, "DTEND")).isEqualTo("20260101");
        assertThat(value(propaganda, "X-CAMPAIGN-ONGOING")).isEqualTo("TRUE");
        assertThat(value(propaganda, "SUMMARY")).isEqualTo("[Thường xuyên] II.1. Công tác tuyên truyền");
        assertThat(value(propaganda, "DESCRIPTION")).startsWith("Thời gian thực hiện: Thường xuyên.\nNội dung: "
                + SamplePlans.HOSTILE);
    }

    @Test
    void ics_keepsACommaInTheKindLabelInsideOneCategory() throws Exception {
        VEvent propaganda = parse(ICalendarWriter.write(calendar)).<VEvent>getComponents("VEVENT").get(0);

        assertThat(propaganda.<net.fortuna.ical4j.model.property.Categories>getProperty("CATEGORIES").orElseThrow()
                .getCategories().getTexts()).containsExactly("Tuyên truyền, vận động");
    }

    /** The sample commune plan with every task's description and the title carrying an attack. */
    private static PlanCalendar hostile(String attack) {
        vn.campaign.model.Plan plan = SamplePlans.commune();
        return PlanCalendar.of(plan.toBuilder().title(plan.title() + attack)
                .replaceSections(plan.sections().stream().map(section -> withAttack(section, attack)).toList()).build());
    }

    private static vn.campaign.model.Section withAttack(vn.campaign.model.Section section, String attack) {
        return new vn.campaign.model.Section(section.id(), section.number(), section.heading() + attack, section.kind(),
                section.actorId(), section.paragraphs(),
                section.tasks().stream().map(task -> task.toBuilder().description(
                        task.description().orElse("") + attack).build()).toList(),
                section.subsections().stream().map(sub -> withAttack(sub, attack)).toList(), section.extensions());
    }

    /**
     * A strict reading of RFC 5545 §3.1 line by line: every line ends with CRLF, holds at most 75
     * octets of UTF-8, carries no control character but HTAB, and is a property ("NAME:…" or
     * "NAME;…") or a continuation (starting with one space).
     */
    public static void assertStrictLines(String ics) {
        assertThat(ics).endsWith("\r\n");
        for (String line : ics.substring(0, ics.length() - 2).split("\r\n", -1)) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            assertThat(line.chars().filter(c -> c != '\t' && Character.isISOControl(c))).as(line).isEmpty();
            assertThat(line).as("a property or a continuation").matches("^( .*|[A-Z][A-Z0-9-]*[:;].*)$");
        }
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{index}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil\rDTSTART;VALUE=DATE:20300101\rSUMMARY:evil",
        "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nDTSTART;VALUE=DATE:20300101",
        "\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil",
        "\u2028UID:evil\u0085UID:evil\u000bUID:evil\u0000\u001b[31m",
    })
    void ics_noPlanTextStartsAPropertyOrAComponent(String attack) throws Exception {
        PlanCalendar attacked = hostile(attack);
        String ics = ICalendarWriter.write(attacked);

        assertStrictLines(ics);
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSize(attacked.events().size());
        assertThat(events).extracting(e -> value(e, "UID")).doesNotContain("evil");
        assertThat(events).extracting(e -> value(e, "UID"))
                .containsExactlyElementsOf(attacked.events().stream().map(CalendarEvent::uid).toList());
    }

    @Test
    void ics_foldsAt75OctetsWithoutSplittingACharacter() throws Exception {
        PlanCalendar wide = hostile(" Ngày hội Đại đoàn kết toàn dân tộc 😀".repeat(12));
        String ics = ICalendarWriter.write(wide);

        assertStrictLines(ics);
        assertThat(parse(ics).<VEvent>getComponents("VEVENT").get(1).getProperty("DESCRIPTION").orElseThrow()
                .getValue()).endsWith(" Ngày hội Đại đoàn kết toàn dân tộc 😀".repeat(12));
    }

    @Test
    void ics_ofTheBundledSample_hasStrictLines() {
        assertStrictLines(ICalendarWriter.write(calendar));
    }

    @Test
    void ics_isDeterministic() {
        assertThat(ICalendarWriter.write(calendar)).isEqualTo(ICalendarWriter.write(PlanCalendar.of(SamplePlans.commune())))
                .contains("DTSTAMP:20240101T000000Z\r\n");
    }
}
