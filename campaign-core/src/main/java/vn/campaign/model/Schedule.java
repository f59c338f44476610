package vn.campaign.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * Each record's description says how it answers {@link #bounds()}, {@link #resolve(DateRange)} and
 * {@link #fitsIn(DateRange)}; its methods otherwise have the contracts documented here.
 *
 * @since 0.1
 */
public sealed interface Schedule {

    // Above the 600 lines aimed at, on purpose: this file is the API of the eight kinds of schedule,
    // records nested here so that each reads Schedule.Quarters and maps to one kind of the JSON
    // format, with the factories and parse's list of accepted forms. What they share lives beside
    // it: the text in ScheduleText, quarters and months in YearParts.

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

        @Override
        public String code() {
            return name();
        }

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
     * Returns the span of this schedule inside a plan period: from the first day of the first range
     * {@link #resolve(DateRange)} gives to the last day of the last one, the gaps between them
     * included; what the compliance rules compare with a parent task's span. Quarters and months
     * compute it without building the ranges.
     *
     * @param period the plan period, not null
     * @return the span, inside {@code period}; empty if the schedule has no day in the period
     * @since 0.1
     */
    default Optional<DateRange> span(DateRange period) {
        List<DateRange> ranges = resolve(period);
        return ranges.isEmpty() ? Optional.empty()
                : Optional.of(DateRange.of(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
    }

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
        return new Quarters(year, YearParts.quarters(quarters));
    }

    /**
     * Returns the schedule "Tháng 10, 11/2024": in given months of a year.
     *
     * @param year the year, from 1900 to 2999
     * @param first a month, not null
     * @param more the other months, not null, none null; no month twice; any order
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year is out of range or a month is repeated
     */
    static Months months(int year, Month first, Month... more) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(more, "more");
        List<Month> months = new ArrayList<>(more.length + 1);
        months.add(first);
        months.addAll(Arrays.asList(more));
        return new Months(year, months);
    }

    /**
     * Returns the schedule "Tháng 10, 11/2024" from the numbers of its months, as Vietnamese
     * writes them: {@code months(2024, 10, 11)}.
     *
     * @param year the year, from 1900 to 2999
     * @param months the numbers of the months, not null, at least one, each from 1 to 12, no
     *     duplicates; any order
     * @return the schedule, never null
     * @throws IllegalArgumentException if the year or a month is out of range, or a month is
     *     repeated or missing
     */
    static Months months(int year, int... months) {
        Objects.requireNonNull(months, "months");
        return new Months(checkYear(year), YearParts.months(months));
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

    /**
     * "Thường xuyên": repeatedly, during the whole plan period. It has no bounds of its own,
     * resolves to the whole plan period and fits in every period. This record is immutable and
     * thread-safe.
     */
    record Ongoing() implements Schedule {

        @Override
        public Kind kind() {
            return Kind.ONGOING;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            return List.of(Objects.requireNonNull(period, "period"));
        }

        @Override
        public boolean fitsIn(DateRange period) {
            Objects.requireNonNull(period, "period");
            return true;
        }

        @Override
        public String toString() {
            return "Thường xuyên";
        }
    }

    /**
     * "Trong thời gian thực hiện Kế hoạch": during the plan period. It has no bounds of its own,
     * resolves to the whole plan period and fits in every period. This record is immutable and
     * thread-safe.
     */
    record WholePeriod() implements Schedule {

        @Override
        public Kind kind() {
            return Kind.WHOLE_PERIOD;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            return List.of(Objects.requireNonNull(period, "period"));
        }

        @Override
        public boolean fitsIn(DateRange period) {
            Objects.requireNonNull(period, "period");
            return true;
        }

        @Override
        public String toString() {
            return "Trong thời gian thực hiện Kế hoạch";
        }
    }

    /**
     * "Trong năm 2024": within a calendar year. Its bounds are 1 January to 31 December of the
     * year; it resolves to the part of the year inside the plan period and fits in a period that
     * contains the whole year. This record is immutable and thread-safe.
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

        @Override
        public Kind kind() {
            return Kind.YEAR;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(DateRange.ofYear(year));
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return DateRange.ofYear(year).intersection(period).map(List::of).orElse(List.of());
        }

        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(DateRange.ofYear(year));
        }

        @Override
        public String toString() {
            return "Trong năm " + year;
        }
    }

    /**
     * "Quý III, IV/2024": in given quarters of a year, written with Roman numerals. Its bounds run
     * from the first day of the first quarter to the last day of the last one, gaps included; it
     * resolves to one range per quarter, each clipped to the plan period, quarters outside it
     * dropped and adjacent ones not merged; it fits in a period that contains every quarter. This
     * record is immutable and thread-safe.
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
            quarters = YearParts.QUARTERS.sorted(quarters);
        }

        @Override
        public Kind kind() {
            return Kind.QUARTERS;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(YearParts.QUARTERS.span(year, quarters));
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            return YearParts.QUARTERS.resolve(year, quarters, period);
        }

        @Override
        public Optional<DateRange> span(DateRange period) {
            return YearParts.QUARTERS.span(year, quarters, period);
        }

        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(YearParts.QUARTERS.span(year, quarters));
        }

        @Override
        public String toString() {
            return YearParts.QUARTERS.text(year, quarters);
        }
    }

    /**
     * "Tháng 10, 11/2024": in given months of a year, written by their numbers. Its bounds run from
     * the first day of the first month to the last day of the last one, gaps included; it resolves
     * to one range per month, each clipped to the plan period, months outside it dropped and
     * adjacent ones not merged; it fits in a period that contains every month. This record is
     * immutable and thread-safe.
     *
     * @param year the year, from 1900 to 2999
     * @param months the months, not null, at least one, no duplicates; kept as an unmodifiable list
     *     in calendar order
     */
    record Months(int year, List<Month> months) implements Schedule {

        /**
         * Checks the year and the months, and copies and sorts the months.
         *
         * @param year the year, from 1900 to 2999
         * @param months the months, not null, none null, at least one, no duplicates
         * @throws IllegalArgumentException if the year is out of range, or a month is repeated or
         *     missing
         */
        public Months {
            checkYear(year);
            months = YearParts.MONTHS.sorted(months);
        }

        @Override
        public Kind kind() {
            return Kind.MONTHS;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(YearParts.MONTHS.span(year, months));
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            return YearParts.MONTHS.resolve(year, months, period);
        }

        @Override
        public Optional<DateRange> span(DateRange period) {
            return YearParts.MONTHS.span(year, months, period);
        }

        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(YearParts.MONTHS.span(year, months));
        }

        @Override
        public String toString() {
            return YearParts.MONTHS.text(year, months);
        }
    }

    /**
     * "Từ ngày 01/11/2024 đến ngày 18/11/2024": from one date to another, both included. Its
     * bounds are the two dates; it resolves to the part of that range inside the plan period and
     * fits in a period that contains both dates. This record is immutable and thread-safe.
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

        @Override
        public Kind kind() {
            return Kind.BETWEEN;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.of(DateRange.of(from, to));
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            return DateRange.of(from, to).intersection(period).map(List::of).orElse(List.of());
        }

        @Override
        public boolean fitsIn(DateRange period) {
            return period.contains(DateRange.of(from, to));
        }

        @Override
        public String toString() {
            return "Từ ngày " + ScheduleText.date(from) + " đến ngày " + ScheduleText.date(to);
        }
    }

    /**
     * "Trước ngày 18/11/2024": on days strictly before a deadline. It has no bounds, a deadline
     * having no start of its own; it resolves to the days from the start of the plan period to the
     * day before the deadline, or to the end of the period if that comes first (none if the
     * deadline is on or before the start of the period); it fits in a period when the deadline is
     * after the period's first day and at most one day after its last, so that at least one day is
     * left before the deadline and the deadline does not reach past the end of the plan. This
     * record is immutable and thread-safe.
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

        @Override
        public Kind kind() {
            return Kind.BEFORE;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

        @Override
        public List<DateRange> resolve(DateRange period) {
            Objects.requireNonNull(period, "period");
            if (!date.isAfter(period.start())) {
                return List.of();
            }
            LocalDate last = date.minusDays(1);
            return List.of(DateRange.of(period.start(), last.isBefore(period.end()) ? last : period.end()));
        }

        @Override
        public boolean fitsIn(DateRange period) {
            return date.isAfter(period.start()) && !date.minusDays(1).isAfter(period.end());
        }

        @Override
        public String toString() {
            return "Trước ngày " + ScheduleText.date(date);
        }
    }

    /**
     * "Ngày 18/11 hằng năm": on a fixed day every year, such as the Great Unity festival day. A
     * 29 February occurs only in leap years. It has no bounds of its own (the years come from the
     * plan); it resolves to one single-day range for each occurrence of the day inside the plan
     * period, in calendar order, and fits in a period where it occurs at least once. This record is
     * immutable and thread-safe.
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

        @Override
        public Kind kind() {
            return Kind.ANNUAL_DAY;
        }

        @Override
        public Optional<DateRange> bounds() {
            return Optional.empty();
        }

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

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "Ngày %02d/%02d hằng năm", day.getDayOfMonth(), day.getMonthValue());
        }
    }
}
