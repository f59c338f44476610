package vn.campaign.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.internal.Text;

/**
 * When a task is to be carried out, as a plan says it: "Thường xuyên", "Trong năm 2024",
 * "Quý III, IV/2024", "Ngày 18/11 hằng năm".
 *
 * <p>A schedule is read with {@link #parse(CharSequence)} or built with the static factories, and
 * its {@link #toString()} is the canonical Vietnamese text, which {@code parse} reads back to an
 * equal schedule. Some schedules depend on the plan they are part of ("Thường xuyên" means during
 * the whole plan period); {@link #resolve(DateRange)} gives the calendar dates inside a given plan
 * period. Years are from 1900 to 2999.
 *
 * <p>All implementations are records nested in this interface; they are immutable and thread-safe.
 */
public sealed interface Schedule {

    /**
     * The kinds of schedule. The constant names are the stable codes of the JSON format. This enum
     * is immutable and thread-safe.
     */
    enum Kind implements Labelled {
        /** Repeatedly during the whole plan period ({@link Ongoing}). */
        ONGOING("Thường xuyên", "Ongoing"),
        /** During the plan period ({@link WholePeriod}). */
        WHOLE_PERIOD("Trong thời gian thực hiện Kế hoạch", "Throughout the plan period"),
        /** Within a calendar year ({@link InYear}). */
        YEAR("Trong năm", "Within a year"),
        /** In given quarters of a year ({@link Quarters}). */
        QUARTERS("Theo quý", "In given quarters"),
        /** In given months of a year ({@link Months}). */
        MONTHS("Theo tháng", "In given months"),
        /** From one date to another ({@link Between}). */
        BETWEEN("Từ ngày đến ngày", "Between two dates"),
        /** Before a deadline ({@link Before}). */
        BEFORE("Trước ngày", "Before a date"),
        /** On a fixed day every year ({@link AnnualDay}). */
        ANNUAL_DAY("Ngày cố định hằng năm", "A fixed day every year");

        private final Labels labels;

        Kind(String vietnamese, String english) {
            this.labels = new Labels(vietnamese, english);
        }

        /**
         * Returns the stable code of this kind, its constant name.
         *
         * @return the code, never null
         */
        @Override
        public String code() {
            return name();
        }

        /**
         * Returns the names of this kind.
         *
         * @return the labels, never null
         */
        @Override
        public Labels labels() {
            return labels;
        }
    }

    /**
     * Returns the kind of this schedule.
     *
     * @return the kind, never null
     */
    Kind kind();

    /**
     * Returns the extent of this schedule on its own, independent of any plan: the year, the span
     * from the first listed quarter or month to the end of the last one, or the two dates.
     *
     * <p>Empty for {@link Ongoing}, {@link WholePeriod} and {@link AnnualDay}, which take their
     * dates from the plan, and for {@link Before}, which has no start; use
     * {@link #resolve(DateRange)} for these.
     *
     * @return the extent, or empty when the schedule has none of its own
     */
    Optional<DateRange> bounds();

    /**
     * Returns the concrete date ranges of this schedule inside a plan period, in calendar order.
     * Ranges are clipped to the period; ranges left empty are dropped; ranges are never merged.
     *
     * @param period the plan period, not null
     * @return an unmodifiable list of ranges, each inside {@code period}; empty if the schedule
     *     has no day in the period
     */
    List<DateRange> resolve(DateRange period);

    /**
     * Tells whether this schedule lies wholly inside a plan period. See each implementation for
     * its definition.
     *
     * @param period the plan period, not null
     * @return true if the schedule fits in the period
     */
    boolean fitsIn(DateRange period);

    /**
     * Returns the canonical Vietnamese text of this schedule, such as {@code "Quý III, IV/2024"};
     * {@link #parse(CharSequence)} reads it back to an equal schedule.
     *
     * @return the text, never null
     */
    @Override
    String toString();

    /**
     * Returns the schedule "Thường xuyên": repeatedly during the whole plan period.
     *
     * @return the schedule, never null
     */
    static Ongoing ongoing() {
        return new Ongoing();
    }

    /**
     * Returns the schedule "Trong thời gian thực hiện Kế hoạch": during the plan period.
     *
     * @return the schedule, never null
     */
    static WholePeriod wholePeriod() {
        return new WholePeriod();
    }

    /**
     * Returns the schedule "Trong năm 2024": within a calendar year.
     *
     * @param year the year, from 1900 to 2999
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year is out of range
     */
    static InYear year(int year) {
        return new InYear(year);
    }

    /**
     * Returns the schedule "Quý III, IV/2024": in given quarters of a year.
     *
     * @param year the year, from 1900 to 2999
     * @param quarters the quarters, not null, at least one, each from 1 to 4, no duplicates; any order
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year or a quarter is out of range, or a quarter is
     *     repeated or missing
     */
    static Quarters quarters(int year, int... quarters) {
        Objects.requireNonNull(quarters, "quarters");
        return new Quarters(year, ScheduleText.boxed(quarters));
    }

    /**
     * Returns the schedule "Tháng 10, 11/2024": in given months of a year.
     *
     * @param year the year, from 1900 to 2999
     * @param months the months, not null, at least one, each from 1 to 12, no duplicates; any order
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year or a month is out of range, or a month is
     *     repeated or missing
     */
    static Months months(int year, int... months) {
        Objects.requireNonNull(months, "months");
        return new Months(year, ScheduleText.boxed(months));
    }

    /**
     * Returns the schedule "Từ ngày 01/11/2024 đến ngày 18/11/2024": from one date to another, both
     * included.
     *
     * @param from the first day, not null, in the years 1900 to 2999
     * @param to the last day, not null, in the years 1900 to 2999, not before {@code from}
     * @return the schedule, never null
     * @throws IllegalArgumentException if a year is out of range or {@code to} is before {@code from}
     */
    static Between between(LocalDate from, LocalDate to) {
        return new Between(from, to);
    }

    /**
     * Returns the schedule "Trước ngày 18/11/2024": on days strictly before a deadline.
     *
     * @param date the deadline, not null, in the years 1900 to 2999; the task is done before this day
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year is out of range
     */
    static Before before(LocalDate date) {
        return new Before(date);
    }

    /**
     * Returns the schedule "Ngày 18/11 hằng năm": on a fixed day every year.
     *
     * @param day the day of the year, not null
     * @return the schedule, never null
     */
    static AnnualDay annually(MonthDay day) {
        return new AnnualDay(day);
    }

    /**
     * Returns the schedule "Ngày 18/11 hằng năm": on a fixed day every year, given day first as
     * Vietnamese dates are written.
     *
     * @param day the day of the month, from 1 to the length of the month (29 for February)
     * @param month the month, from 1 to 12
     * @return the schedule, never null
     * @throws DateTimeException if the day or the month is out of range
     */
    static AnnualDay annually(int day, int month) {
        return new AnnualDay(MonthDay.of(month, day));
    }

    /**
     * Reads a schedule written in Vietnamese.
     *
     * <p>The text is NFC-normalised; case, repeated spaces, spaces around {@code '/'} and
     * {@code ','}, and one trailing {@code '.'} are ignored. Days and months may have a leading zero
     * or not. Accepted forms:
     *
     * <ul>
     *   <li>"Thường xuyên";
     *   <li>"Trong thời gian thực hiện Kế hoạch";
     *   <li>"Trong năm 2024", "Năm 2024";
     *   <li>"Quý III, IV/2024", "Quý 3, 4/2024", "Quý III và IV/2024", "Quý IV năm 2024", optionally
     *       after "Trong";
     *   <li>"Tháng 10, 11/2024", "Tháng 10 và 11/2024", "Tháng 11 năm 2024", optionally after "Trong";
     *   <li>"Từ ngày 01/11/2024 đến ngày 18/11/2024" ("ngày" optional, "đến hết ngày" accepted);
     *   <li>"Trước ngày 18/11/2024" ("ngày" optional);
     *   <li>"Ngày 18/11 hằng năm" or "hàng năm" ("Ngày" optional).
     * </ul>
     *
     * @param text the text to read, not null
     * @return the schedule, never null
     * @throws IllegalArgumentException if the text is not one of the accepted forms or names an
     *     invalid date, quarter, month or year; the message quotes the text
     */
    static Schedule parse(CharSequence text) {
        return ScheduleText.parse(text);
    }

    private static int checkYear(int year) {
        if (year < 1900 || year > 2999) {
            throw new IllegalArgumentException("The year " + year + " is not from 1900 to 2999");
        }
        return year;
    }

    private static List<Integer> sortedDistinct(List<Integer> values, String name, String noun, int max) {
        Objects.requireNonNull(values, name);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("At least one " + noun + " is required");
        }
        List<Integer> sorted = new ArrayList<>(values.size());
        for (Integer value : values) {
            Objects.requireNonNull(value, name);
            if (value < 1 || value > max) {
                throw new IllegalArgumentException(
                        "The " + noun + " " + value + " is not from 1 to " + max);
            }
            sorted.add(value);
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("The " + noun + " " + sorted.get(i) + " is listed twice");
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * "Thường xuyên": repeatedly, during the whole plan period. This record is immutable and
     * thread-safe.
     */
    record Ongoing() implements Schedule {

        /**
         * Returns {@link Kind#ONGOING}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.ONGOING;
        }

        /**
         * Returns empty: the dates come from the plan.
         *
         * @return empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        /**
         * Returns the whole period.
         *
         * @param period the plan period, not null
         * @return a list of {@code period} alone
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return List.of(period);
        }

        /**
         * Returns true: the schedule is the period itself.
         *
         * @param period the plan period, not null
         * @return true
         */
        @Override
        public boolean fitsIn(DateRange period) {
            Objects.requireNonNull(period, "period");
            return true;
        }

        /**
         * Returns {@code "Thường xuyên"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "Thường xuyên";
        }
    }

    /**
     * "Trong thời gian thực hiện Kế hoạch": during the plan period. This record is immutable and
     * thread-safe.
     */
    record WholePeriod() implements Schedule {

        /**
         * Returns {@link Kind#WHOLE_PERIOD}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.WHOLE_PERIOD;
        }

        /**
         * Returns empty: the dates come from the plan.
         *
         * @return empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        /**
         * Returns the whole period.
         *
         * @param period the plan period, not null
         * @return a list of {@code period} alone
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return List.of(period);
        }

        /**
         * Returns true: the schedule is the period itself.
         *
         * @param period the plan period, not null
         * @return true
         */
        @Override
        public boolean fitsIn(DateRange period) {
            Objects.requireNonNull(period, "period");
            return true;
        }

        /**
         * Returns {@code "Trong thời gian thực hiện Kế hoạch"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "Trong thời gian thực hiện Kế hoạch";
        }
    }

    /**
     * "Trong năm 2024": within a calendar year. This record is immutable and thread-safe.
     *
     * @param year the year, from 1900 to 2999
     */
    record InYear(int year) implements Schedule {

        /**
         * Checks the year.
         *
         * @param year the year, from 1900 to 2999
         * @throws IllegalArgumentException if the year is out of range
         */
        public InYear {
            checkYear(year);
        }

        /**
         * Returns {@link Kind#YEAR}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.YEAR;
        }

        /**
         * Returns 1 January to 31 December of the year.
         *
         * @return the year's range, never empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(DateRange.ofYear(year));
        }

        /**
         * Returns the part of the year inside the period.
         *
         * @param period the plan period, not null
         * @return the year intersected with the period, or an empty list
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return DateRange.ofYear(year).intersection(period).map(List::of).orElse(List.of());
        }

        /**
         * Tells whether the whole year is inside the period.
         *
         * @param period the plan period, not null
         * @return true if the period contains 1 January to 31 December of the year
         */
        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(DateRange.ofYear(year));
        }

        /**
         * Returns the text such as {@code "Trong năm 2024"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "Trong năm " + year;
        }
    }

    /**
     * "Quý III, IV/2024": in given quarters of a year. This record is immutable and thread-safe.
     *
     * @param year the year, from 1900 to 2999
     * @param quarters the quarters, not null, at least one, each from 1 to 4, no duplicates; kept
     *     as an unmodifiable list in ascending order
     */
    record Quarters(int year, List<Integer> quarters) implements Schedule {

        /**
         * Checks the year and the quarters, and copies and sorts the quarters.
         *
         * @param year the year, from 1900 to 2999
         * @param quarters the quarters, not null, at least one, each from 1 to 4, no duplicates
         * @throws IllegalArgumentException if the year or a quarter is out of range, or a quarter
         *     is repeated or missing
         */
        public Quarters {
            checkYear(year);
            quarters = sortedDistinct(quarters, "quarters", "quarter", 4);
        }

        /**
         * Returns {@link Kind#QUARTERS}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.QUARTERS;
        }

        /**
         * Returns the span from the first day of the first quarter to the last day of the last one,
         * gaps included.
         *
         * @return the span, never empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(ScheduleText.span(quarters, unit -> DateRange.ofQuarter(year, unit)));
        }

        /**
         * Returns one range per quarter, intersected with the period; quarters outside the period
         * are dropped and adjacent quarters are not merged.
         *
         * @param period the plan period, not null
         * @return the ranges in calendar order, possibly empty
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return ScheduleText.resolve(quarters, unit -> DateRange.ofQuarter(year, unit), period);
        }

        /**
         * Tells whether every listed quarter is wholly inside the period.
         *
         * @param period the plan period, not null
         * @return true if the period contains all the quarters
         */
        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(bounds().orElseThrow());
        }

        /**
         * Returns the text such as {@code "Quý III, IV/2024"} or {@code "Quý III/2024"}, with Roman
         * numerals.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Quý ");
            for (int i = 0; i < quarters.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(ScheduleText.roman(quarters.get(i)));
            }
            return text.append('/').append(year).toString();
        }
    }

    /**
     * "Tháng 10, 11/2024": in given months of a year. This record is immutable and thread-safe.
     *
     * @param year the year, from 1900 to 2999
     * @param months the months, not null, at least one, each from 1 to 12, no duplicates; kept as
     *     an unmodifiable list in ascending order
     */
    record Months(int year, List<Integer> months) implements Schedule {

        /**
         * Checks the year and the months, and copies and sorts the months.
         *
         * @param year the year, from 1900 to 2999
         * @param months the months, not null, at least one, each from 1 to 12, no duplicates
         * @throws IllegalArgumentException if the year or a month is out of range, or a month is
         *     repeated or missing
         */
        public Months {
            checkYear(year);
            months = sortedDistinct(months, "months", "month", 12);
        }

        /**
         * Returns {@link Kind#MONTHS}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.MONTHS;
        }

        /**
         * Returns the span from the first day of the first month to the last day of the last one,
         * gaps included.
         *
         * @return the span, never empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(ScheduleText.span(months, unit -> DateRange.ofMonth(year, unit)));
        }

        /**
         * Returns one range per month, intersected with the period; months outside the period are
         * dropped and adjacent months are not merged.
         *
         * @param period the plan period, not null
         * @return the ranges in calendar order, possibly empty
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return ScheduleText.resolve(months, unit -> DateRange.ofMonth(year, unit), period);
        }

        /**
         * Tells whether every listed month is wholly inside the period.
         *
         * @param period the plan period, not null
         * @return true if the period contains all the months
         */
        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(bounds().orElseThrow());
        }

        /**
         * Returns the text such as {@code "Tháng 10, 11/2024"} or {@code "Tháng 11/2024"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Tháng ");
            for (int i = 0; i < months.size(); i++) {
                text.append(i == 0 ? "" : ", ").append(months.get(i));
            }
            return text.append('/').append(year).toString();
        }
    }

    /**
     * "Từ ngày 01/11/2024 đến ngày 18/11/2024": from one date to another, both included. This
     * record is immutable and thread-safe.
     *
     * @param from the first day, not null, in the years 1900 to 2999
     * @param to the last day, not null, in the years 1900 to 2999, not before {@code from}
     */
    record Between(LocalDate from, LocalDate to) implements Schedule {

        /**
         * Checks the dates.
         *
         * @param from the first day, not null, in the years 1900 to 2999
         * @param to the last day, not null, in the years 1900 to 2999, not before {@code from}
         * @throws IllegalArgumentException if a year is out of range or {@code to} is before
         *     {@code from}
         */
        public Between {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            checkYear(from.getYear());
            checkYear(to.getYear());
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("The start " + from + " is after the end " + to);
            }
        }

        /**
         * Returns {@link Kind#BETWEEN}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.BETWEEN;
        }

        /**
         * Returns the range from {@code from} to {@code to}.
         *
         * @return the range, never empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(DateRange.of(from, to));
        }

        /**
         * Returns the part of the range inside the period.
         *
         * @param period the plan period, not null
         * @return the range intersected with the period, or an empty list
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return DateRange.of(from, to).intersection(period).map(List::of).orElse(List.of());
        }

        /**
         * Tells whether the whole range is inside the period.
         *
         * @param period the plan period, not null
         * @return true if the period contains {@code from} and {@code to}
         */
        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(DateRange.of(from, to));
        }

        /**
         * Returns the text such as {@code "Từ ngày 01/11/2024 đến ngày 18/11/2024"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "Từ ngày " + ScheduleText.date(from) + " đến ngày " + ScheduleText.date(to);
        }
    }

    /**
     * "Trước ngày 18/11/2024": on days strictly before a deadline. This record is immutable and
     * thread-safe.
     *
     * @param date the deadline, not null, in the years 1900 to 2999; the task is done before it
     */
    record Before(LocalDate date) implements Schedule {

        /**
         * Checks the date.
         *
         * @param date the deadline, not null, in the years 1900 to 2999
         * @throws IllegalArgumentException if the year is out of range
         */
        public Before {
            Objects.requireNonNull(date, "date");
            checkYear(date.getYear());
        }

        /**
         * Returns {@link Kind#BEFORE}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.BEFORE;
        }

        /**
         * Returns empty: a deadline has no start of its own. {@link #resolve(DateRange)} gives the
         * days from the start of a plan period to the day before the deadline.
         *
         * @return empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        /**
         * Returns the days from the start of the period to the day before the deadline, or to the
         * end of the period if it comes first.
         *
         * @param period the plan period, not null
         * @return a list of that range, or an empty list if the deadline is on or before the start
         *     of the period
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            if (!date.isAfter(period.start())) {
                return List.of();
            }
            LocalDate last = date.minusDays(1);
            return List.of(DateRange.of(period.start(), last.isBefore(period.end()) ? last : period.end()));
        }

        /**
         * Tells whether the deadline falls inside the period: after its first day and at most one
         * day after its last day, so that at least one day is left before the deadline and the
         * deadline does not reach past the end of the plan.
         *
         * @param period the plan period, not null
         * @return true if {@code period.start() < date <= period.end() + 1 day}
         */
        @Override
        public boolean fitsIn(DateRange period) {
            return date.isAfter(period.start()) && !date.minusDays(1).isAfter(period.end());
        }

        /**
         * Returns the text such as {@code "Trước ngày 18/11/2024"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "Trước ngày " + ScheduleText.date(date);
        }
    }

    /**
     * "Ngày 18/11 hằng năm": on a fixed day every year, such as the Great Unity festival day. A
     * 29 February occurs only in leap years. This record is immutable and thread-safe.
     *
     * @param day the day of the year, not null
     */
    record AnnualDay(MonthDay day) implements Schedule {

        /**
         * Checks the day.
         *
         * @param day the day of the year, not null
         */
        public AnnualDay {
            Objects.requireNonNull(day, "day");
        }

        /**
         * Returns {@link Kind#ANNUAL_DAY}.
         *
         * @return the kind, never null
         */
        @Override
        public Kind kind() {
            return Kind.ANNUAL_DAY;
        }

        /**
         * Returns empty: the years come from the plan.
         *
         * @return empty
         */
        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        /**
         * Returns one single-day range for each occurrence of the day inside the period.
         *
         * @param period the plan period, not null
         * @return the occurrences in calendar order, possibly empty
         */
        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            List<DateRange> ranges = new ArrayList<>();
            for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
                if (day.isValidYear(year) && period.contains(day.atYear(year))) {
                    ranges.add(DateRange.ofDay(day.atYear(year)));
                }
            }
            return List.copyOf(ranges);
        }

        /**
         * Tells whether the day occurs at least once inside the period.
         *
         * @param period the plan period, not null
         * @return true if {@link #resolve(DateRange)} is not empty
         */
        @Override
        public boolean fitsIn(DateRange period) {
            Objects.requireNonNull(period, "period");
            for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
                if (day.isValidYear(year) && period.contains(day.atYear(year))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Returns the text such as {@code "Ngày 18/11 hằng năm"}.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Ngày %02d/%02d hằng năm", day.getDayOfMonth(), day.getMonthValue());
        }
    }
}

/** Reads and writes the Vietnamese text of a {@link Schedule}; precompiled patterns live here. */
final class ScheduleText {

    private static final String EXPECTED = "expected one of: Thường xuyên; Trong thời gian thực hiện Kế hoạch;"
            + " Trong năm 2024; Quý III, IV/2024; Tháng 10, 11/2024;"
            + " Từ ngày 01/11/2024 đến ngày 18/11/2024; Trước ngày 18/11/2024; Ngày 18/11 hằng năm";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final String DATE = "([0-9]{1,2}) ?/ ?([0-9]{1,2}) ?/ ?([0-9]{4})";
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ONGOING = Pattern.compile("thường xuyên");
    private static final Pattern WHOLE_PERIOD = Pattern.compile("trong thời gian thực hiện kế hoạch");
    private static final Pattern YEAR = Pattern.compile("(?:trong )?năm ([0-9]{4})");
    private static final Pattern QUARTERS =
            Pattern.compile("(?:trong )?(?:quý|qúy) (.+?) ?(?:/ ?| năm )([0-9]{4})");
    private static final Pattern MONTHS = Pattern.compile("(?:trong )?tháng (.+?) ?(?:/ ?| năm )([0-9]{4})");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(" ?, ?(?:và )?| và ");
    private static final Pattern QUARTER_ITEM = Pattern.compile("[0-9]{1,2}|[ivxlcdm]{1,4}");
    private static final Pattern MONTH_ITEM = Pattern.compile("[0-9]{1,2}");
    private static final Pattern BETWEEN =
            Pattern.compile("từ (?:ngày )?" + DATE + " đến (?:hết )?(?:ngày )?" + DATE);
    private static final Pattern BEFORE = Pattern.compile("trước (?:ngày )?" + DATE);
    private static final Pattern ANNUAL_DAY =
            Pattern.compile("(?:ngày )?([0-9]{1,2}) ?/ ?([0-9]{1,2}) (?:hằng|hàng) năm");

    private ScheduleText() {
    }

    /** The span from the first listed unit (quarter or month) to the last, gaps included. */
    static DateRange span(List<Integer> units, IntFunction<DateRange> range) {
        return DateRange.of(range.apply(units.get(0)).start(), range.apply(units.get(units.size() - 1)).end());
    }

    /** One range per listed unit, each intersected with the period; units outside it are dropped. */
    static List<DateRange> resolve(List<Integer> units, IntFunction<DateRange> range, DateRange period) {
        List<DateRange> ranges = new ArrayList<>(units.size());
        for (int unit : units) {
            range.apply(unit).intersection(period).ifPresent(ranges::add);
        }
        return List.copyOf(ranges);
    }

    static String roman(int quarter) {
        return ROMAN[quarter - 1];
    }

    static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static List<Integer> boxed(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    static Schedule parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = SPACES.matcher(Text.nfc(text.toString())).replaceAll(" ").strip();
        if (input.endsWith(".")) {
            input = input.substring(0, input.length() - 1).strip();
        }
        Schedule schedule;
        try {
            schedule = read(input.toLowerCase(Locale.ROOT));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a schedule: \"" + text + "\" (" + e.getMessage() + ")", e);
        }
        if (schedule == null) {
            throw new IllegalArgumentException("Not a schedule: \"" + text + "\" (" + EXPECTED + ")");
        }
        return schedule;
    }

    /** Returns the schedule, or null if the text has none of the accepted forms. */
    private static Schedule read(String input) {
        if (ONGOING.matcher(input).matches()) {
            return Schedule.ongoing();
        }
        if (WHOLE_PERIOD.matcher(input).matches()) {
            return Schedule.wholePeriod();
        }
        Matcher m = YEAR.matcher(input);
        if (m.matches()) {
            return Schedule.year(Integer.parseInt(m.group(1)));
        }
        m = QUARTERS.matcher(input);
        if (m.matches()) {
            List<Integer> quarters = items(m.group(1), QUARTER_ITEM);
            return quarters == null ? null : new Schedule.Quarters(Integer.parseInt(m.group(2)), quarters);
        }
        m = MONTHS.matcher(input);
        if (m.matches()) {
            List<Integer> months = items(m.group(1), MONTH_ITEM);
            return months == null ? null : new Schedule.Months(Integer.parseInt(m.group(2)), months);
        }
        m = BETWEEN.matcher(input);
        if (m.matches()) {
            return Schedule.between(date(m, 1), date(m, 4));
        }
        m = BEFORE.matcher(input);
        if (m.matches()) {
            return Schedule.before(date(m, 1));
        }
        m = ANNUAL_DAY.matcher(input);
        if (m.matches()) {
            return Schedule.annually(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    /** Returns the numbers of a list such as "iii, iv" or "10 và 11", or null if an item is not one. */
    private static List<Integer> items(String list, Pattern item) {
        List<Integer> values = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(list, -1)) {
            if (!item.matcher(part).matches()) {
                return null;
            }
            values.add(number(part));
        }
        return values;
    }

    private static int number(String item) {
        switch (item) {
            case "i":
                return 1;
            case "ii":
                return 2;
            case "iii":
                return 3;
            case "iv":
                return 4;
            default:
                if (item.charAt(0) < '0' || item.charAt(0) > '9') {
                    throw new IllegalArgumentException("The quarter " + item.toUpperCase(Locale.ROOT)
                            + " is not from I to IV");
                }
                return Integer.parseInt(item);
        }
    }

    private static LocalDate date(Matcher m, int group) {
        return LocalDate.of(Integer.parseInt(m.group(group + 2)), Integer.parseInt(m.group(group + 1)),
                Integer.parseInt(m.group(group)));
    }
}
