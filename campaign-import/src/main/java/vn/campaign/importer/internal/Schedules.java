package vn.campaign.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.model.Schedule;

/**
 * Reads the time of a task as real plans write it. A text that is exactly one of the forms of {@link
 * Schedule#parse(CharSequence)} is read by it; otherwise the first date phrase inside the text is
 * read, and the reading says it was interpreted: "Dự kiến tháng 11/2025 (sau khi …)" is November 2025,
 * "Quý IV/2025 và Quý I/2026" runs from October 2025 to March 2026, "Từ tháng 12/2025 đến quý I/2026"
 * from December 2025 to March 2026, "Dự kiến ngày 05/12/2025 (Chậm nhất ngày 10/12/2025 …)" is 5
 * December 2025, "Chậm nhất ngày 10/12/2025" is before 11 December 2025. Every pattern is linear: no
 * quantifier is nested over the same characters. Stateless and thread-safe; not part of the API.
 */
final class Schedules {

    /** A schedule read, and whether the text was exactly a form of {@code Schedule.parse}. */
    record Reading(Schedule schedule, boolean exact) {
    }

    private static final String DAY = "([0-9]{1,2}) ?[/.-] ?([0-9]{1,2}) ?[/.-] ?([0-9]{4})";
    private static final String MONTH_OR_QUARTER = "(thang|quy) ([0-9]{1,2}|[ivx]{1,4}) ?(?:/|nam ) ?([0-9]{4})";
    /** "từ ngày 17/12/2025 đến (17 giờ 00,) ngày 25/01/2026". */
    private static final Pattern DAYS = Pattern.compile("(?:tu )?(?:ngay )?" + DAY + " ?(?:-|den)"
            + " (?:het )?(?:[0-9]{1,2} gio(?: [0-9]{1,2})?,? )?(?:ngay )?" + DAY);
    /** "từ tháng 12/2025 đến quý I/2026", "tháng 11/2025 đến tháng 4/2026", "Quý IV/2025 và Quý I/2026". */
    private static final Pattern PERIODS = Pattern.compile(MONTH_OR_QUARTER + " ?(?:-|den|va|,) (?:het )?"
            + MONTH_OR_QUARTER);
    private static final Pattern PERIOD = Pattern.compile(MONTH_OR_QUARTER);
    /** "chậm nhất ngày 10/12/2025", "trước ngày …": a deadline. */
    private static final Pattern DEADLINE = Pattern.compile("(?:cham nhat|truoc|han chot)(?: la)? (?:ngay )?" + DAY);
    private static final Pattern ONE_DAY = Pattern.compile("(?<![0-9/])(?:ngay )?" + DAY);
    private static final Pattern YEAR = Pattern.compile("(?<![a-z])nam ([0-9]{4})(?![0-9])");
    /** "từ ngày 15/3/2026 đến ngày bầu cử": a range whose end is an event, no schedule. */
    private static final Pattern OPEN_RANGE = Pattern.compile("tu (?:ngay )?" + DAY + " ?(?:-|den) ");
    /** The words a time starts with: "Từ ngày …", "Trong tháng …", "Quý I/2026" … */
    private static final Pattern TIME_START = Pattern.compile("^(?:tu ngay|tu thang|trong|quy|thang|truoc ngay"
            + "|cham nhat|thoi gian)(?![a-z])");
    private static final String[] ROMAN = {"i", "ii", "iii", "iv"};

    private Schedules() {
    }

    /**
     * Reads a time.
     *
     * @param text the time as written, not null
     * @return the schedule, or empty when the text names no date phrase
     */
    static Optional<Reading> read(String text) {
        String trimmed = Fold.stripTrailing(text.strip(), ";,:").strip();
        try {
            return Optional.of(new Reading(Schedule.parse(trimmed), true));
        } catch (IllegalArgumentException | DateTimeException e) {
            // not one of the forms: look for a date phrase inside
        }
        return phrase(Fold.fold(text)).map(schedule -> new Reading(schedule, false));
    }

    /**
     * Reads the times of several rounds ("Đợt 1: từ ngày … đến ngày …", "Đợt 2: …") as one schedule
     * from the first day of the first to the last day of the last.
     *
     * @param texts the times as written, not null
     * @return the schedule, or empty when no text names a date phrase
     */
    static Optional<Schedule> span(List<String> texts) {
        List<LocalDate> days = new ArrayList<>();
        for (String text : texts) {
            read(text).ifPresent(reading -> {
                reading.schedule().bounds().ifPresent(range -> {
                    days.add(range.start());
                    days.add(range.end());
                });
                if (reading.schedule() instanceof Schedule.Before) {
                    days.add(((Schedule.Before) reading.schedule()).date().minusDays(1));
                }
            });
        }
        if (days.isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return safe(() -> Schedule.between(first, last));
    }

    private static Optional<Schedule> phrase(String folded) {
        Matcher days = DAYS.matcher(folded);
        if (days.find()) {
            Optional<LocalDate> from = day(days, 1);
            Optional<LocalDate> to = day(days, 4);
            if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                return safe(() -> Schedule.between(from.get(), to.get()));
            }
        }
        if (OPEN_RANGE.matcher(folded).find()) {
            return Optional.empty();
        }
        Matcher periods = PERIODS.matcher(folded);
        if (periods.find()) {
            Optional<YearMonth[]> first = span(periods.group(1), periods.group(2), periods.group(3));
            Optional<YearMonth[]> second = span(periods.group(4), periods.group(5), periods.group(6));
            if (first.isPresent() && second.isPresent() && !second.get()[1].isBefore(first.get()[0])) {
                LocalDate from = first.get()[0].atDay(1);
                LocalDate to = second.get()[1].atEndOfMonth();
                return safe(() -> Schedule.between(from, to));
            }
        }
        Matcher deadline = DEADLINE.matcher(folded);
        Matcher oneDay = ONE_DAY.matcher(folded);
        boolean hasDay = oneDay.find();
        if (deadline.find() && (!hasDay || deadline.start() <= oneDay.start())) {
            Optional<LocalDate> date = day(deadline, 1);
            if (date.isPresent()) {
                return safe(() -> Schedule.before(date.get().plusDays(1)));
            }
        }
        Matcher period = PERIOD.matcher(folded);
        boolean hasPeriod = period.find();
        if (hasDay && (!hasPeriod || oneDay.start() < period.start())) {
            Optional<LocalDate> date = day(oneDay, 1);
            if (date.isPresent()) {
                return safe(() -> Schedule.between(date.get(), date.get()));
            }
        }
        if (hasPeriod) {
            Optional<YearMonth[]> span = span(period.group(1), period.group(2), period.group(3));
            if (span.isPresent()) {
                int year = span.get()[0].getYear();
                if (period.group(1).equals("thang")) {
                    return safe(() -> Schedule.months(year, span.get()[0].getMonthValue()));
                }
                int quarter = (span.get()[0].getMonthValue() - 1) / 3 + 1;
                return safe(() -> Schedule.quarters(year, quarter));
            }
        }
        Matcher year = YEAR.matcher(folded);
        if (year.find()) {
            return safe(() -> Schedule.year(Integer.parseInt(year.group(1))));
        }
        return Optional.empty();
    }

    /**
     * Whether a text starts as a time does ("Từ ngày …", "Trong tháng …", "Quý I/2026", "Thời gian …").
     *
     * @param folded folded text, not null
     * @return whether it starts with a time word
     */
    static boolean startsWithTime(String folded) {
        return TIME_START.matcher(folded).lookingAt();
    }

    /** The day of three groups of a match, from {@code group}: day, month, year. */
    private static Optional<LocalDate> day(Matcher m, int group) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(group + 2)), Integer.parseInt(m.group(group + 1)),
                    Integer.parseInt(m.group(group))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first and last month of "tháng 11/2025" or "quý IV/2025". */
    private static Optional<YearMonth[]> span(String unit, String number, String yearText) {
        int year = Integer.parseInt(yearText);
        int n = number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : roman(number);
        try {
            if (unit.equals("thang")) {
                YearMonth month = YearMonth.of(year, n);
                return Optional.of(new YearMonth[] {month, month});
            }
            if (n < 1 || n > 4) {
                return Optional.empty();
            }
            return Optional.of(new YearMonth[] {YearMonth.of(year, n * 3 - 2), YearMonth.of(year, n * 3)});
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int roman(String numeral) {
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(numeral)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A schedule the model accepts, or empty for one it refuses (a year beyond 1900–2999). */
    private static Optional<Schedule> safe(java.util.function.Supplier<Schedule> schedule) {
        try {
            return Optional.of(schedule.get());
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
