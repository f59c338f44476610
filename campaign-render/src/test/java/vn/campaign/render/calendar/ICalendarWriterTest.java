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

class ICalendarWriterTest {

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

    @Test
    void ics_isDeterministic() {
        assertThat(ICalendarWriter.write(calendar)).isEqualTo(ICalendarWriter.write(PlanCalendar.of(SamplePlans.commune())))
                .contains("DTSTAMP:20240101T000000Z\r\n");
    }
}
