package vn.campaign.render.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
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
 * class that names ical4j types.
 *
 * <p>No text of a plan can start a property or a component: every value is cleaned before ical4j
 * sees it ({@link #text(String)} for TEXT values, which ical4j escapes; {@link #line(String)} for the
 * others, which it writes as they are), and the output is folded again by octets, as RFC 5545 §3.1
 * requires, never inside a UTF-8 sequence ({@link #fold(String)}): ical4j folds by characters.
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
        ics.add(new XProperty("X-WR-CALNAME", line(calendar.planTitle())));
        ics.add(new XProperty("X-WR-TIMEZONE", ZONE));
        for (CalendarEvent event : calendar.events()) {
            ics.add(event(event, stamp));
        }
        try {
            StringWriter out = new StringWriter();
            new CalendarOutputter(false).output(ics, out);
            return fold(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j rejected the calendar: " + e.getMessage(), e);
        }
    }

    private static VEvent event(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(line(event.uid())));
        vevent.add(new DtStamp(stamp));
        // All-day: DATE values; DTEND is the day after the last one (RFC 5545, 3.6.1).
        vevent.add(new DtStart<LocalDate>(event.range().start()));
        vevent.add(new DtEnd<LocalDate>(event.range().end().plusDays(1)));
        vevent.add(new Summary(line((event.ongoing() ? "[Thường xuyên] " : "") + event.sectionNumber() + ". "
                + event.title())));
        vevent.add(new Description(text("Thời gian thực hiện: " + event.schedule() + ".\n" + event.text())));
        // One category: the label's comma ("Tuyên truyền, vận động") is escaped, not a list separator.
        vevent.add(new Categories(new TextList(List.of(event.kind().label(Language.VI)))));
        vevent.add(ImmutableTransp.TRANSPARENT);
        vevent.add(new XProperty("X-CAMPAIGN-TASK-ID", line(event.taskId())));
        vevent.add(new XProperty("X-CAMPAIGN-TASK-KIND", event.kind().code()));
        if (event.ongoing()) {
            vevent.add(new XProperty("X-CAMPAIGN-ONGOING", "TRUE"));
        }
        return vevent;
    }

    /**
     * A TEXT value for ical4j, which escapes backslash, semicolon, comma and LF (RFC 5545 §3.3.11):
     * every line break (CRLF, a lone CR, LF, and the Unicode line and paragraph separators) becomes
     * one LF, and every other control character becomes U+FFFD, so that none reaches the file raw.
     */
    static String text(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                clean.append('\n');
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                clean.append('\n');
            } else if (c == '\t') {
                clean.append(c);
            } else if (Character.isISOControl(c)) {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }

    /**
     * A value on one line, for the properties ical4j writes as they are (a UID, an X- property, a
     * summary): line breaks become spaces, other control characters U+FFFD.
     */
    static String line(String value) {
        return text(value).replace('\n', ' ');
    }

    /** Octets in a line of an iCalendar file, at most, its CRLF aside (RFC 5545 §3.1). */
    static final int MAX_OCTETS = 75;

    /**
     * Folds every line of an unfolded iCalendar text at {@value #MAX_OCTETS} octets of UTF-8, between
     * characters: a continuation line starts with one space, which counts in its octets.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64 * 3);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf("\r\n", start);
            if (end < 0) {
                end = unfolded.length();
            }
            int octets = 0;
            int i = start;
            while (i < end) {
                int codePoint = unfolded.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
            start = end + 2;
        }
        return out.toString();
    }
}
