package vn.campaign.io.internal;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.DateRange;
import vn.campaign.model.Schedule;

/**
 * Reads the closed values of the format, which take no extensions: a date range (a plan's period)
 * and a task's schedule. Each method starts with the parser on the object's first token. Stateless
 * and thread-safe.
 */
final class PeriodReaders {

    /** The members each kind of schedule has besides {@code kind}. */
    private static final Map<Schedule.Kind, Set<String>> SCHEDULE_MEMBERS = scheduleMembers();

    private PeriodReaders() {
    }

    private static Map<Schedule.Kind, Set<String>> scheduleMembers() {
        Map<Schedule.Kind, Set<String>> members = new EnumMap<>(Schedule.Kind.class);
        members.put(Schedule.Kind.ONGOING, Set.of());
        members.put(Schedule.Kind.WHOLE_PERIOD, Set.of());
        members.put(Schedule.Kind.YEAR, Set.of("year"));
        members.put(Schedule.Kind.QUARTERS, Set.of("year", "quarters"));
        members.put(Schedule.Kind.MONTHS, Set.of("year", "months"));
        members.put(Schedule.Kind.BETWEEN, Set.of("from", "to"));
        members.put(Schedule.Kind.BEFORE, Set.of("date"));
        members.put(Schedule.Kind.ANNUAL_DAY, Set.of("month", "day"));
        return members;
    }

    /** Reads a schedule object: its {@code kind} and the members of that kind, no others. */
    static Schedule schedule(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Schedule.class);
        Schedule.Kind kind = null;
        Integer year = null;
        List<Integer> quarters = null;
        List<Integer> months = null;
        LocalDate from = null;
        LocalDate to = null;
        LocalDate date = null;
        Integer month = null;
        Integer day = null;
        while (m.next()) {
            switch (m.name) {
                case "kind" -> kind = ValueReaders.code(in, Schedule.Kind.class);
                case "year" -> year = ValueReaders.integer(in);
                case "quarters" -> quarters = ValueReaders.list(in, ValueReaders::integer);
                case "months" -> months = ValueReaders.list(in, ValueReaders::integer);
                case "from" -> from = ValueReaders.date(in);
                case "to" -> to = ValueReaders.date(in);
                case "date" -> date = ValueReaders.date(in);
                case "month" -> month = ValueReaders.integer(in);
                case "day" -> day = ValueReaders.integer(in);
                default -> m.closed("a schedule");
            }
        }
        m.require("kind", kind);
        Set<String> allowed = SCHEDULE_MEMBERS.get(kind);
        // A schedule has at most its ten members (any other is refused above), all kept by the cursor.
        for (int i = 0; i < m.keptMembers(); i++) {
            String member = m.memberName(i);
            if (!member.equals("kind") && !allowed.contains(member)) {
                throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_MEMBER, "a " + kind + " schedule has no member "
                        + ReadErrors.quote(member), m.memberLocation(i), Schedule.class, member);
            }
        }
        try {
            switch (kind) {
                case ONGOING:
                    return Schedule.ongoing();
                case WHOLE_PERIOD:
                    return Schedule.wholePeriod();
                case YEAR:
                    return new Schedule.InYear(m.require("year", year));
                case QUARTERS:
                    return new Schedule.Quarters(m.require("year", year), m.require("quarters", quarters));
                case MONTHS:
                    return Schedule.months(m.require("year", year),
                            m.require("months", months).stream().mapToInt(Integer::intValue).toArray());
                case BETWEEN:
                    return new Schedule.Between(m.require("from", from), m.require("to", to));
                case BEFORE:
                    return new Schedule.Before(m.require("date", date));
                case ANNUAL_DAY:
                    return new Schedule.AnnualDay(monthDay(in, m, m.require("month", month), m.require("day", day)));
                default:
                    throw new IllegalStateException("Schedule kind without a reader: " + kind);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private static MonthDay monthDay(JsonInput in, ObjectCursor m, int month, int day) throws PlanInputException {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_DATE, "month " + month + ", day " + day
                    + " is not a day of the year", m.start()).because(e);
        }
    }

    /** Reads a date range object, {@code {"start": "…", "end": "…"}}. */
    static DateRange dateRange(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, DateRange.class);
        LocalDate start = null;
        LocalDate end = null;
        while (m.next()) {
            switch (m.name) {
                case "start" -> start = ValueReaders.date(in);
                case "end" -> end = ValueReaders.date(in);
                default -> m.closed("a date range");
            }
        }
        m.require("start", start);
        m.require("end", end);
        try {
            return new DateRange(start, end);
        } catch (IllegalArgumentException e) {
            throw m.refused(e);
        }
    }
}
