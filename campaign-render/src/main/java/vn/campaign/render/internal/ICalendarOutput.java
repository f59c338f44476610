package vn.campaign.render.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarOutputter;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import vn.campaign.calendar.CalendarEvent;
import vn.campaign.calendar.PlanCalendar;
import vn.campaign.model.Language;

/**
 * Builds the iCalendar file of a {@link PlanCalendar} with ical4j and writes it. Not API; the only
 * class that names ical4j types, so that ical4j stays an optional dependency.
 */
public final class ICalendarOutput {

    /** The zone of every plan of the Front; all events are all-day, so only the calendar names it. */
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    private ICalendarOutput() {
    }

    /**
     * Writes the calendar.
     *
     * @param calendar the resolved plan, not null
     * @return the iCalendar text with CRLF line ends, folded as RFC 5545 sets, never null
     */
    public static String write(PlanCalendar calendar) {
        // DTSTAMP is required; the clock would make every export differ, so it is the start of the plan
        // period at midnight UTC: the same plan always gives the same file.
        Instant stamp = calendar.period().start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//Campaign SDK//Plan calendar//VI"));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(new XProperty("X-WR-CALNAME", calendar.planTitle()));
        ics.add(new XProperty("X-WR-TIMEZONE", ZONE));
        for (CalendarEvent event : calendar.events()) {
            ics.add(event(event, stamp));
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(true).output(ics, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j rejected the calendar: " + e.getMessage(), e);
        }
    }

    private static VEvent event(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(event.uid()));
        vevent.add(new DtStamp(stamp));
        // All-day: DATE values; DTEND is the day after the last one (RFC 5545, 3.6.1).
        vevent.add(new DtStart<LocalDate>(event.range().start()));
        vevent.add(new DtEnd<LocalDate>(event.range().end().plusDays(1)));
        vevent.add(new Summary((event.ongoing() ? "[Thường xuyên] " : "") + event.sectionNumber() + ". "
                + event.title()));
        vevent.add(new Description("Thời gian thực hiện: " + event.schedule() + ".\n" + event.text()));
        // One category: the label's comma ("Tuyên truyền, vận động") is escaped, not a list separator.
        vevent.add(new Categories(new TextList(List.of(event.kind().label(Language.VI)))));
        vevent.add(ImmutableTransp.TRANSPARENT);
        vevent.add(new XProperty("X-CAMPAIGN-TASK-ID", event.taskId()));
        vevent.add(new XProperty("X-CAMPAIGN-TASK-KIND", event.kind().code()));
        if (event.ongoing()) {
            vevent.add(new XProperty("X-CAMPAIGN-ONGOING", "TRUE"));
        }
        return vevent;
    }
}
