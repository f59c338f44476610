package vn.campaign.model;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What {@link Schedule.Quarters} and {@link Schedule.Months} share: some parts of one year, kept
 * sorted and distinct, each a range of days, written as one list ("Quý III, IV/2024",
 * "Tháng 10, 11/2024"). One instance per kind of part. Immutable and thread-safe; not API.
 *
 * @param <T> a part: a quarter as an {@code Integer} from 1 to 4, or a {@link Month}
 */
final class YearParts<T extends Comparable<? super T>> {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The quarters of a year, numbered 1 to 4, written in Roman numerals. */
    static final YearParts<Integer> QUARTERS = new YearParts<>("quarters", "quarter", "Quý ",
            quarter -> quarter, DateRange::ofQuarter, quarter -> ROMAN[quarter - 1], YearParts::checkQuarter);

    /** The months of a year, written by their numbers 1 to 12. */
    static final YearParts<Month> MONTHS = new YearParts<>("months", "month", "Tháng ",
            Month::getValue, (year, month) -> DateRange.ofMonth(year, month.getValue()),
            month -> Integer.toString(month.getValue()), month -> { });

    /** The days of one part in a year. */
    private interface Dates<P> {
        DateRange of(int year, P part);
    }

    private final String name;
    private final String noun;
    private final String heading;
    private final Function<T, Integer> number;
    private final Dates<T> dates;
    private final Function<T, String> text;
    private final Consumer<T> check;

    private YearParts(String name, String noun, String heading, Function<T, Integer> number, Dates<T> dates,
            Function<T, String> text, Consumer<T> check) {
        this.name = name;
        this.noun = noun;
        this.heading = heading;
        this.number = number;
        this.dates = dates;
        this.text = text;
        this.check = check;
    }

    /**
     * Returns the months of the given numbers, in the given order.
     *
     * @throws IllegalArgumentException if a number is not from 1 to 12
     */
    static List<Month> months(int... numbers) {
        List<Month> months = new ArrayList<>(numbers.length);
        for (int value : numbers) {
            if (value < 1 || value > 12) {
                throw new IllegalArgumentException("The month " + value + " is not from 1 to 12");
            }
            months.add(Month.of(value));
        }
        return months;
    }

    /** Returns the quarters of the given numbers, in the given order, unchecked. */
    static List<Integer> quarters(int... numbers) {
        List<Integer> quarters = new ArrayList<>(numbers.length);
        for (int value : numbers) {
            quarters.add(value);
        }
        return quarters;
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("The quarter " + quarter + " is not from 1 to 4");
        }
    }

    /**
     * Checks the parts and returns an unmodifiable copy in ascending order.
     *
     * @throws NullPointerException if the list or a part is null, naming the list
     * @throws IllegalArgumentException if there is no part, a part is out of range or repeated
     */
    List<T> sorted(List<T> parts) {
        Objects.requireNonNull(parts, name);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("At least one " + noun + " is required");
        }
        List<T> sorted = new ArrayList<>(parts.size());
        for (T part : parts) {
            check.accept(Objects.requireNonNull(part, name));
            sorted.add(part);
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException(
                        "The " + noun + " " + number.apply(sorted.get(i)) + " is listed twice");
            }
        }
        return List.copyOf(sorted);
    }

    /** Returns the days from the first of the sorted parts to the last, gaps included. */
    DateRange span(int year, List<T> parts) {
        return DateRange.of(dates.of(year, parts.get(0)).start(), dates.of(year, parts.get(parts.size() - 1)).end());
    }

    /** Returns one range per part, each intersected with the period; parts outside it are dropped. */
    List<DateRange> resolve(int year, List<T> parts, DateRange period) {
        Objects.requireNonNull(period, "period");
        List<DateRange> ranges = new ArrayList<>(parts.size());
        for (T part : parts) {
            dates.of(year, part).intersection(period).ifPresent(ranges::add);
        }
        return List.copyOf(ranges);
    }

    /** Returns what {@link #resolve} spans, from its first range's start to its last range's end, without the list. */
    Optional<DateRange> span(int year, List<T> parts, DateRange period) {
        Objects.requireNonNull(period, "period");
        LocalDate start = null;
        LocalDate end = null;
        for (int i = 0; i < parts.size(); i++) {
            DateRange range = dates.of(year, parts.get(i));
            if (range.overlaps(period)) {
                if (start == null) {
                    start = range.start().isAfter(period.start()) ? range.start() : period.start();
                }
                end = range.end().isBefore(period.end()) ? range.end() : period.end();
            }
        }
        return start == null ? Optional.empty() : Optional.of(DateRange.of(start, end));
    }

    /** Returns the text such as "Quý III, IV/2024" of the sorted parts. */
    String text(int year, List<T> parts) {
        StringBuilder result = new StringBuilder(heading);
        for (int i = 0; i < parts.size(); i++) {
            result.append(i == 0 ? "" : ", ").append(text.apply(parts.get(i)));
        }
        return result.append('/').append(year).toString();
    }
}
