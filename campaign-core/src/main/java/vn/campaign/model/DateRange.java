package vn.campaign.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of calendar days, both ends included, such as the period of a plan.
 *
 * <p>{@link #toString()} writes the ISO 8601 interval {@code 2024-07-01/2024-12-31}, a machine
 * value; the Vietnamese wording of a time is the job of {@link Schedule}. This record is immutable
 * and thread-safe.
 *
 * @param start the first day of the range, not null
 * @param end the last day of the range, not null, not before {@code start}
 *
 * @since 0.1
 */
public record DateRange(LocalDate start, LocalDate end) {

    private static final String EXPECTED = "expected an ISO 8601 interval such as 2024-07-01/2024-12-31";

    /**
     * Checks the range.
     *
     * @param start the first day of the range, not null
     * @param end the last day of the range, not null, not before {@code start}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The start " + start + " is after the end " + end);
        }
    }

    /**
     * Returns the range from {@code start} to {@code end}, both included.
     *
     * @param start the first day, not null
     * @param end the last day, not null, not before {@code start}
     * @return the range, never null
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * Returns the range of a single day.
     *
     * @param day the day, not null
     * @return the range from {@code day} to {@code day}, never null
     */
    public static DateRange ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new DateRange(day, day);
    }

    /**
     * Returns the range of a calendar year, 1 January to 31 December.
     *
     * @param year the year, a valid {@link ChronoField#YEAR} value
     * @return the range, never null
     * @throws DateTimeException if the year is out of range
     */
    public static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns the range of a calendar quarter: quarter 3 is 1 July to 30 September.
     *
     * @param year the year, a valid {@link ChronoField#YEAR} value
     * @param quarter the quarter, from 1 to 4
     * @return the range, never null
     * @throws DateTimeException if the year or the quarter is out of range
     */
    public static DateRange ofQuarter(int year, int quarter) {
        int q = IsoFields.QUARTER_OF_YEAR.range().checkValidIntValue(quarter, IsoFields.QUARTER_OF_YEAR);
        int firstMonth = (q - 1) * 3 + 1;
        return new DateRange(LocalDate.of(year, firstMonth, 1), YearMonth.of(year, firstMonth + 2).atEndOfMonth());
    }

    /**
     * Returns the range of a calendar month.
     *
     * @param year the year, a valid {@link ChronoField#YEAR} value
     * @param month the month, from 1 to 12
     * @return the range, never null
     * @throws DateTimeException if the year or the month is out of range
     */
    public static DateRange ofMonth(int year, int month) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return new DateRange(yearMonth.atDay(1), yearMonth.atEndOfMonth());
    }

    /**
     * Reads a range written as an ISO 8601 interval of two calendar dates, {@code 2024-07-01/2024-12-31}.
     * Surrounding whitespace is ignored; abbreviated ends and durations are not accepted.
     *
     * @param text the text to read, not null
     * @return the range, never null
     * @throws IllegalArgumentException if the text is not such an interval or its end is before its
     *     start; the message quotes the text
     */
    public static DateRange parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString().strip();
        int slash = input.indexOf('/');
        if (slash < 0 || input.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("Not a date range: \"" + text + "\" (" + EXPECTED + ")");
        }
        LocalDate start;
        LocalDate end;
        try {
            start = LocalDate.parse(input.substring(0, slash));
            end = LocalDate.parse(input.substring(slash + 1));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a date range: \"" + text + "\" (" + EXPECTED + ")", e);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("Not a date range: \"" + text + "\" (the start is after the end)");
        }
        return new DateRange(start, end);
    }

    /**
     * Tells whether a day lies in this range, ends included.
     *
     * @param day the day, not null
     * @return true if {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Tells whether another range lies wholly in this one.
     *
     * @param other the other range, not null
     * @return true if every day of {@code other} is in this range
     */
    public boolean contains(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * Tells whether this range and another have at least one day in common.
     *
     * @param other the other range, not null
     * @return true if the ranges share a day
     */
    public boolean overlaps(DateRange other) {
        Objects.requireNonNull(other, "other");
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns the days common to this range and another.
     *
     * @param other the other range, not null
     * @return the common range, empty if the ranges do not overlap
     */
    public Optional<DateRange> intersection(DateRange other) {
        Objects.requireNonNull(other, "other");
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate from = start.isAfter(other.start) ? start : other.start;
        LocalDate to = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(from, to));
    }

    /**
     * Returns the number of days in this range, both ends counted: 1 for a single day, 366 for 2024.
     *
     * @return the number of days, at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Returns the ISO 8601 interval {@code start/end}, such as {@code 2024-07-01/2024-12-31};
     * {@link #parse(CharSequence)} gives this range back.
     *
     * @return the interval, never null
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
