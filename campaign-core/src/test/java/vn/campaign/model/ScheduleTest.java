package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScheduleTest {

    private static final DateRange YEAR_2024 = DateRange.ofYear(2024);
    private static final String EXPECTED = "expected one of: Thường xuyên; Trong thời gian thực hiện Kế hoạch;"
            + " Trong năm 2024; Quý III, IV/2024; Tháng 10, 11/2024;"
            + " Từ ngày 01/11/2024 đến ngày 18/11/2024; Trước ngày 18/11/2024; Ngày 18/11 hằng năm";

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange range(String start, String end) {
        return DateRange.of(date(start), date(end));
    }

    private static List<Schedule> samples() {
        return List.of(
                Schedule.ongoing(),
                Schedule.wholePeriod(),
                Schedule.year(2024),
                Schedule.quarters(2024, 3, 4),
                Schedule.quarters(2024, 3),
                Schedule.months(2024, 10, 11),
                Schedule.months(2025, 1),
                Schedule.between(date("2024-11-01"), date("2024-11-18")),
                Schedule.before(date("2024-11-18")),
                Schedule.annually(18, 11),
                Schedule.annually(29, 2));
    }

    // --- text --------------------------------------------------------------------------------

    @Test
    void toString_isCanonicalVietnamese() {
        assertThat(Schedule.ongoing()).hasToString("Thường xuyên");
        assertThat(Schedule.wholePeriod()).hasToString("Trong thời gian thực hiện Kế hoạch");
        assertThat(Schedule.year(2024)).hasToString("Trong năm 2024");
        assertThat(Schedule.quarters(2024, 4, 3)).hasToString("Quý III, IV/2024");
        assertThat(Schedule.quarters(2024, 3)).hasToString("Quý III/2024");
        assertThat(Schedule.quarters(2024, 1, 2, 3, 4)).hasToString("Quý I, II, III, IV/2024");
        assertThat(Schedule.months(2024, 11, 10)).hasToString("Tháng 10, 11/2024");
        assertThat(Schedule.months(2024, 11)).hasToString("Tháng 11/2024");
        assertThat(Schedule.between(date("2024-11-01"), date("2024-11-18")))
                .hasToString("Từ ngày 01/11/2024 đến ngày 18/11/2024");
        assertThat(Schedule.before(date("2024-11-18"))).hasToString("Trước ngày 18/11/2024");
        assertThat(Schedule.annually(18, 11)).hasToString("Ngày 18/11 hằng năm");
        assertThat(Schedule.annually(MonthDay.of(9, 2))).hasToString("Ngày 02/09 hằng năm");
    }

    @Test
    void parse_roundTripsEveryKind() {
        List<Schedule.Kind> kinds = new ArrayList<>();
        for (Schedule schedule : samples()) {
            assertThat(Schedule.parse(schedule.toString())).isEqualTo(schedule);
            kinds.add(schedule.kind());
        }
        assertThat(kinds).containsAll(Arrays.asList(Schedule.Kind.values()));
    }

    @Test
    void parse_roundTripsEveryQuarterAndMonthCombination() {
        for (int mask = 1; mask < 1 << 12; mask++) {
            List<Month> months = new ArrayList<>();
            List<Integer> quarters = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                if ((mask & 1 << (month - 1)) != 0) {
                    months.add(Month.of(month));
                    quarters.add(month);
                }
            }
            Schedule schedule = new Schedule.Months(2024, months);
            assertThat(Schedule.parse(schedule.toString())).isEqualTo(schedule);
            if (mask < 1 << 4) {
                Schedule inQuarters = new Schedule.Quarters(1900, quarters);
                assertThat(Schedule.parse(inQuarters.toString())).isEqualTo(inQuarters);
            }
        }
    }

    /** What span must be: the first resolved range's start to the last one's end. */
    private static Optional<DateRange> spanOfResolve(Schedule schedule, DateRange period) {
        List<DateRange> ranges = schedule.resolve(period);
        return ranges.isEmpty() ? Optional.empty()
                : Optional.of(DateRange.of(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
    }

    @Test
    void span_isTheSpanOfResolve_forEveryQuarterAndMonthCombinationAndManyPeriods() {
        List<DateRange> periods = List.of(YEAR_2024, DateRange.ofYear(2023), DateRange.ofYear(2025),
                range("2024-03-15", "2024-09-14"), range("2024-02-29", "2024-02-29"), range("2023-11-01", "2024-02-10"),
                range("2024-12-31", "2025-06-30"), range("2024-04-01", "2024-06-30"), range("2024-07-02", "2024-07-30"));
        int nonEmpty = 0;
        for (int mask = 1; mask < 1 << 12; mask++) {
            List<Month> months = new ArrayList<>();
            List<Integer> quarters = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                if ((mask & 1 << (month - 1)) != 0) {
                    months.add(Month.of(month));
                    quarters.add(month);
                }
            }
            List<Schedule> schedules = new ArrayList<>(List.of(new Schedule.Months(2024, months)));
            if (mask < 1 << 4) {
                schedules.add(new Schedule.Quarters(2024, quarters));
            }
            for (Schedule schedule : schedules) {
                for (DateRange period : periods) {
                    assertThat(schedule.span(period)).as("%s in %s", schedule, period)
                            .isEqualTo(spanOfResolve(schedule, period));
                    nonEmpty += schedule.span(period).isPresent() ? 1 : 0;
                }
            }
        }
        assertThat(nonEmpty).as("spans that are not empty").isGreaterThan(20_000);
        for (Schedule schedule : samples()) {
            for (DateRange period : periods) {
                assertThat(schedule.span(period)).as("%s in %s", schedule, period)
                        .isEqualTo(spanOfResolve(schedule, period));
            }
        }
        assertThat(new Schedule.Months(2024, List.of(Month.MARCH, Month.OCTOBER)).span(range("2024-03-15", "2024-09-14")))
                .contains(range("2024-03-15", "2024-03-31"));
    }

    @Test
    void parse_roundTripsEveryDayOfTheYear() {
        for (LocalDate day = date("2024-01-01"); day.getYear() == 2024; day = day.plusDays(1)) {
            Schedule annual = Schedule.annually(MonthDay.from(day));
            Schedule before = Schedule.before(day.withYear(2999));
            Schedule between = Schedule.between(day, day.plusDays(40));
            assertThat(Schedule.parse(annual.toString())).isEqualTo(annual);
            assertThat(Schedule.parse(before.toString())).isEqualTo(before);
            assertThat(Schedule.parse(between.toString())).isEqualTo(between);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Thường xuyên                              | Thường xuyên",
        "THƯỜNG XUYÊN.                             | Thường xuyên",
        "trong thời gian thực hiện kế hoạch        | Trong thời gian thực hiện Kế hoạch",
        "Trong năm 2024                            | Trong năm 2024",
        "năm 2024.                                 | Trong năm 2024",
        "Quý III, IV/2024                          | Quý III, IV/2024",
        "Quý 3, 4/2024                             | Quý III, IV/2024",
        "Quý III và IV/2024                        | Quý III, IV/2024",
        "quý iv,iii / 2024                         | Quý III, IV/2024",
        "Trong quý IV năm 2024                     | Quý IV/2024",
        "Qúy II/2024                               | Quý II/2024",
        "Tháng 10, 11/2024                         | Tháng 10, 11/2024",
        "Tháng 10 và 11/2024                       | Tháng 10, 11/2024",
        "tháng 01/2025                             | Tháng 1/2025",
        "Trong tháng 7 năm 2024                    | Tháng 7/2024",
        "Từ ngày 01/11/2024 đến ngày 18/11/2024    | Từ ngày 01/11/2024 đến ngày 18/11/2024",
        "từ ngày 1/11/2024 đến hết ngày 18/11/2024 | Từ ngày 01/11/2024 đến ngày 18/11/2024",
        "Từ 01/7/2024 đến 31/12/2024               | Từ ngày 01/07/2024 đến ngày 31/12/2024",
        "Trước ngày 18/11/2024                     | Trước ngày 18/11/2024",
        "trước ngày 5/1/2025.                      | Trước ngày 05/01/2025",
        "Ngày 18/11 hằng năm                       | Ngày 18/11 hằng năm",
        "ngày 18/11 hàng năm                       | Ngày 18/11 hằng năm",
        "2/9 hằng năm                              | Ngày 02/09 hằng năm",
    })
    void parse_acceptsVariantsAndGivesCanonicalText(String text, String canonical) {
        assertThat(Schedule.parse(text)).hasToString(canonical);
    }

    @Test
    void parse_toleratesExtraSpacesAndDecomposedText() {
        String decomposed = Normalizer.normalize("Quý III, IV/2024", Normalizer.Form.NFD);

        assertThat(Schedule.parse("  Quý   III ,  IV  /  2024  . ")).isEqualTo(Schedule.quarters(2024, 3, 4));
        assertThat(Schedule.parse(decomposed)).isEqualTo(Schedule.quarters(2024, 3, 4));
        assertThat(Schedule.parse("Thường\u00A0xuyên")).isEqualTo(Schedule.ongoing());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "Liên tục", "Thường xuyên hằng năm", "2024", "Quý/2024", "Quý III, /2024", "Quý III IV/2024",
        "Quý III/24", "Tháng 10-11/2024", "Từ ngày 01/11/2024", "Trước ngày 18/11", "Ngày 18/11",
        "Ngày 18/11/2024 hằng năm", "Sau ngày 18/11/2024", "Quý III, IV/2024..", "Từ ngày 01-11-2024 đến ngày 18-11-2024"
    })
    void parse_rejectsOtherTextListingAcceptedForms(String text) {
        assertThatThrownBy(() -> Schedule.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a schedule: \"" + text + "\" (" + EXPECTED + ")");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "Quý V/2024              | The quarter V is not from I to IV",
        "Quý 5/2024              | The quarter 5 is not from 1 to 4",
        "Quý III, III/2024       | The quarter 3 is listed twice",
        "Tháng 13/2024           | The month 13 is not from 1 to 12",
        "Tháng 0/2024            | The month 0 is not from 1 to 12",
        "Trong năm 1899          | The year 1899 is not from 1900 to 2999",
        "Quý I/3000              | The year 3000 is not from 1900 to 2999",
        "Trước ngày 30/02/2024   | Invalid date 'FEBRUARY 30'",
        "Ngày 31/04 hằng năm     | Illegal value for DayOfMonth field, value 31 is not valid for month APRIL",
        "Từ ngày 18/11/2024 đến ngày 01/11/2024 | The start 2024-11-18 is after the end 2024-11-01",
    })
    void parse_rejectsInvalidValuesSayingWhy(String text, String reason) {
        assertThatThrownBy(() -> Schedule.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a schedule: \"" + text + "\" (" + reason + ")");
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> Schedule.parse(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    // --- construction ------------------------------------------------------------------------

    @Test
    void quarters_areCopiedAndSorted() {
        List<Integer> input = new ArrayList<>(List.of(4, 3));
        Schedule.Quarters quarters = new Schedule.Quarters(2024, input);
        input.add(1);

        assertThat(quarters.quarters()).containsExactly(3, 4);
        assertThatThrownBy(() -> quarters.quarters().add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void quarters_rejectsEmptyDuplicateAndOutOfRange() {
        assertThatThrownBy(() -> Schedule.quarters(2024))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one quarter is required");
        assertThatThrownBy(() -> Schedule.quarters(2024, 3, 3))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The quarter 3 is listed twice");
        assertThatThrownBy(() -> Schedule.quarters(2024, 0))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The quarter 0 is not from 1 to 4");
        assertThatThrownBy(() -> new Schedule.Quarters(2024, Arrays.asList(1, null)))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("quarters");
    }

    @Test
    void months_areMonthsCopiedAndInCalendarOrder() {
        List<Month> input = new ArrayList<>(List.of(Month.NOVEMBER, Month.OCTOBER));
        Schedule.Months months = new Schedule.Months(2024, input);
        input.add(Month.JANUARY);

        assertThat(months.months()).containsExactly(Month.OCTOBER, Month.NOVEMBER);
        assertThatThrownBy(() -> months.months().add(Month.MAY)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Schedule.months(2024, 11, 10)).isEqualTo(months);
        assertThat(Schedule.months(2024, Month.NOVEMBER, Month.OCTOBER)).isEqualTo(months);
        assertThat(Schedule.months(2024, Month.DECEMBER).months()).containsExactly(Month.DECEMBER);
    }

    @Test
    void months_rejectsNullAndRepeatedMonths() {
        assertThatThrownBy(() -> new Schedule.Months(2024, Arrays.asList(Month.MAY, null)))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("months");
        assertThatThrownBy(() -> Schedule.months(2024, Month.MAY, Month.JUNE, Month.MAY))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The month 5 is listed twice");
        assertThatThrownBy(() -> new Schedule.Months(2024, List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one month is required");
        assertThatThrownBy(() -> Schedule.months(2024, (Month) null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("first");
    }

    @Test
    void months_rejectsEmptyDuplicateAndOutOfRange() {
        assertThatThrownBy(() -> Schedule.months(2024))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("At least one month is required");
        assertThatThrownBy(() -> Schedule.months(2024, 11, 10, 11))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The month 11 is listed twice");
        assertThatThrownBy(() -> Schedule.months(2024, 13))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The month 13 is not from 1 to 12");
    }

    @Test
    void years_mustBeFrom1900To2999() {
        assertThat(Schedule.year(1900).year()).isEqualTo(1900);
        assertThat(Schedule.year(2999).year()).isEqualTo(2999);
        assertThatThrownBy(() -> Schedule.year(1899))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The year 1899 is not from 1900 to 2999");
        assertThatThrownBy(() -> Schedule.months(3000, 1))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The year 3000 is not from 1900 to 2999");
        assertThatThrownBy(() -> Schedule.before(date("1800-01-01")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The year 1800 is not from 1900 to 2999");
        assertThatThrownBy(() -> Schedule.between(date("2024-01-01"), date("3000-01-01")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The year 3000 is not from 1900 to 2999");
    }

    @Test
    void between_rejectsEndBeforeStartAndNulls() {
        assertThatThrownBy(() -> Schedule.between(date("2024-11-18"), date("2024-11-01")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The start 2024-11-18 is after the end 2024-11-01");
        assertThatThrownBy(() -> Schedule.between(null, date("2024-11-01")))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("from");
        assertThatThrownBy(() -> Schedule.before(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> Schedule.annually(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("day");
    }

    @Test
    void annually_rejectsImpossibleDay() {
        assertThatThrownBy(() -> Schedule.annually(30, 2)).isExactlyInstanceOf(DateTimeException.class);
        assertThat(Schedule.annually(29, 2).day()).isEqualTo(MonthDay.of(2, 29));
    }

    // --- kinds -------------------------------------------------------------------------------

    @Test
    void kind_hasStableCodeAndLabels() {
        assertThat(Schedule.ongoing().kind()).isEqualTo(Schedule.Kind.ONGOING);
        assertThat(Schedule.annually(18, 11).kind()).isEqualTo(Schedule.Kind.ANNUAL_DAY);
        assertThat(Schedule.Kind.ANNUAL_DAY.code()).isEqualTo("ANNUAL_DAY");
        assertThat(Schedule.Kind.ONGOING.label()).isEqualTo("Thường xuyên");
        assertThat(Schedule.Kind.ONGOING.label(Language.EN)).isEqualTo("Ongoing");
        for (Schedule.Kind kind : Schedule.Kind.values()) {
            assertThat(kind.code()).isEqualTo(kind.name());
            assertThat(kind.label(Language.VI)).isNotBlank();
            assertThat(kind.label(Language.EN)).isNotBlank();
        }
    }

    // --- bounds, resolve, fitsIn -------------------------------------------------------------

    @Test
    void bounds_giveOwnExtentOnly() {
        assertThat(Schedule.ongoing().bounds()).isEmpty();
        assertThat(Schedule.wholePeriod().bounds()).isEmpty();
        assertThat(Schedule.annually(18, 11).bounds()).isEmpty();
        assertThat(Schedule.before(date("2024-11-18")).bounds()).isEmpty();
        assertThat(Schedule.year(2024).bounds()).contains(YEAR_2024);
        assertThat(Schedule.quarters(2024, 1, 3).bounds()).contains(range("2024-01-01", "2024-09-30"));
        assertThat(Schedule.months(2024, 10, 11).bounds()).contains(range("2024-10-01", "2024-11-30"));
        assertThat(Schedule.between(date("2024-11-01"), date("2024-11-18")).bounds())
                .contains(range("2024-11-01", "2024-11-18"));
    }

    @Test
    void ongoing_resolvesToThePeriod() {
        assertThat(Schedule.parse("Thường xuyên").resolve(YEAR_2024)).containsExactly(YEAR_2024);
        assertThat(Schedule.wholePeriod().resolve(YEAR_2024)).containsExactly(YEAR_2024);
        assertThat(Schedule.ongoing().fitsIn(YEAR_2024)).isTrue();
        assertThat(Schedule.wholePeriod().fitsIn(YEAR_2024)).isTrue();
    }

    @Test
    void inYear_resolvesToTheYearInsideThePeriod() {
        Schedule schedule = Schedule.parse("Trong năm 2024");
        DateRange plan = range("2024-07-01", "2025-06-30");

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(YEAR_2024);
        assertThat(schedule.resolve(plan)).containsExactly(range("2024-07-01", "2024-12-31"));
        assertThat(schedule.resolve(DateRange.ofYear(2025))).isEmpty();
        assertThat(schedule.fitsIn(YEAR_2024)).isTrue();
        assertThat(schedule.fitsIn(plan)).isFalse();
    }

    @Test
    void quarters_resolveToCalendarDates() {
        Schedule schedule = Schedule.parse("Quý III, IV/2024");

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(
                range("2024-07-01", "2024-09-30"),
                range("2024-10-01", "2024-12-31"));
        assertThat(schedule.fitsIn(YEAR_2024)).isTrue();
    }

    @Test
    void quarters_resolveClipsToPeriodAndDropsEmptyOnes() {
        Schedule schedule = Schedule.quarters(2024, 1, 3, 4);
        DateRange plan = range("2024-08-15", "2024-10-31");

        assertThat(schedule.resolve(plan)).containsExactly(
                range("2024-08-15", "2024-09-30"),
                range("2024-10-01", "2024-10-31"));
        assertThat(schedule.fitsIn(plan)).isFalse();
        assertThat(schedule.resolve(DateRange.ofYear(2023))).isEmpty();
    }

    @Test
    void months_resolveToCalendarDates() {
        Schedule schedule = Schedule.parse("Tháng 10, 11/2024");

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(
                range("2024-10-01", "2024-10-31"),
                range("2024-11-01", "2024-11-30"));
        assertThat(schedule.resolve(range("2024-11-10", "2025-01-31")))
                .containsExactly(range("2024-11-10", "2024-11-30"));
        assertThat(schedule.fitsIn(YEAR_2024)).isTrue();
        assertThat(schedule.fitsIn(range("2024-10-02", "2024-12-31"))).isFalse();
    }

    @Test
    void between_resolvesToTheRangeInsideThePeriod() {
        Schedule schedule = Schedule.between(date("2024-12-01"), date("2025-01-15"));

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(range("2024-12-01", "2024-12-31"));
        assertThat(schedule.resolve(DateRange.ofYear(2023))).isEmpty();
        assertThat(schedule.fitsIn(YEAR_2024)).isFalse();
        assertThat(schedule.fitsIn(range("2024-12-01", "2025-01-15"))).isTrue();
    }

    @Test
    void before_resolvesFromPeriodStartToTheDayBefore() {
        Schedule schedule = Schedule.parse("Trước ngày 18/11/2024");

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(range("2024-01-01", "2024-11-17"));
        assertThat(schedule.resolve(range("2024-01-01", "2024-06-30")))
                .containsExactly(range("2024-01-01", "2024-06-30"));
        assertThat(schedule.resolve(range("2024-11-18", "2024-12-31"))).isEmpty();
        assertThat(schedule.resolve(range("2024-11-17", "2024-12-31")))
                .containsExactly(DateRange.ofDay(date("2024-11-17")));
    }

    @Test
    void before_fitsWhenDeadlineIsAfterStartAndAtMostOneDayAfterEnd() {
        assertThat(Schedule.before(date("2024-11-18")).fitsIn(YEAR_2024)).isTrue();
        assertThat(Schedule.before(date("2025-01-01")).fitsIn(YEAR_2024)).isTrue();
        assertThat(Schedule.before(date("2025-01-02")).fitsIn(YEAR_2024)).isFalse();
        assertThat(Schedule.before(date("2024-01-02")).fitsIn(YEAR_2024)).isTrue();
        assertThat(Schedule.before(date("2024-01-01")).fitsIn(YEAR_2024)).isFalse();
    }

    @Test
    void annualDay_resolvesToEachOccurrence() {
        Schedule schedule = Schedule.parse("Ngày 18/11 hằng năm");

        assertThat(schedule.resolve(YEAR_2024)).containsExactly(DateRange.ofDay(date("2024-11-18")));
        assertThat(schedule.resolve(range("2024-07-01", "2026-06-30"))).containsExactly(
                DateRange.ofDay(date("2024-11-18")),
                DateRange.ofDay(date("2025-11-18")));
        assertThat(schedule.resolve(range("2024-01-01", "2024-11-17"))).isEmpty();
        assertThat(schedule.fitsIn(YEAR_2024)).isTrue();
        assertThat(schedule.fitsIn(range("2024-11-19", "2025-11-17"))).isFalse();
    }

    @Test
    void annualDay_leapDayOccursOnlyInLeapYears() {
        Schedule schedule = Schedule.annually(29, 2);

        assertThat(schedule.resolve(range("2023-01-01", "2028-12-31"))).containsExactly(
                DateRange.ofDay(date("2024-02-29")),
                DateRange.ofDay(date("2028-02-29")));
        assertThat(schedule.fitsIn(DateRange.ofYear(2025))).isFalse();
    }

    @Test
    void resolveAndFitsIn_rejectNullPeriod() {
        for (Schedule schedule : samples()) {
            assertThatThrownBy(() -> schedule.resolve(null))
                    .isExactlyInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> schedule.fitsIn(null))
                    .isExactlyInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void equalsAndHashCode_dependOnKindAndValues() {
        assertThat(Schedule.parse("Quý 3, 4/2024"))
                .isEqualTo(Schedule.quarters(2024, 4, 3))
                .hasSameHashCodeAs(Schedule.quarters(2024, 3, 4));
        assertThat(Schedule.ongoing()).isEqualTo(Schedule.ongoing()).hasSameHashCodeAs(Schedule.ongoing());
        assertThat(Schedule.ongoing()).isNotEqualTo(Schedule.wholePeriod());
        assertThat(Schedule.quarters(2024, 3)).isNotEqualTo(Schedule.quarters(2024, 3, 4))
                .isNotEqualTo(Schedule.quarters(2025, 3))
                .isNotEqualTo(Schedule.months(2024, 3));
        assertThat(Schedule.annually(18, 11)).isNotEqualTo(Schedule.annually(17, 11));
        assertThat(Schedule.before(date("2024-11-18"))).isNotEqualTo(Schedule.before(date("2024-11-19")));
    }
}
