package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    private static final String EXPECTED = "expected an ISO 8601 interval such as 2024-07-01/2024-12-31";

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static DateRange range(String start, String end) {
        return DateRange.of(date(start), date(end));
    }

    @Test
    void of_keepsBothEnds() {
        DateRange range = range("2024-07-01", "2024-12-31");

        assertThat(range.start()).isEqualTo(date("2024-07-01"));
        assertThat(range.end()).isEqualTo(date("2024-12-31"));
        assertThat(range.lengthInDays()).isEqualTo(184);
    }

    @Test
    void of_rejectsEndBeforeStart() {
        assertThatThrownBy(() -> range("2024-12-31", "2024-07-01"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("The start 2024-12-31 is after the end 2024-07-01");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> DateRange.of(null, date("2024-01-01")))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("start");
        assertThatThrownBy(() -> DateRange.of(date("2024-01-01"), null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("end");
    }

    @Test
    void ofYear_coversTheCalendarYear() {
        assertThat(DateRange.ofYear(2024)).isEqualTo(range("2024-01-01", "2024-12-31"));
        assertThat(DateRange.ofYear(2024).lengthInDays()).isEqualTo(366);
        assertThat(DateRange.ofYear(2025).lengthInDays()).isEqualTo(365);
    }

    @Test
    void ofQuarter_coversTheCalendarQuarter() {
        assertThat(DateRange.ofQuarter(2024, 1)).isEqualTo(range("2024-01-01", "2024-03-31"));
        assertThat(DateRange.ofQuarter(2024, 2)).isEqualTo(range("2024-04-01", "2024-06-30"));
        assertThat(DateRange.ofQuarter(2024, 3)).isEqualTo(range("2024-07-01", "2024-09-30"));
        assertThat(DateRange.ofQuarter(2024, 4)).isEqualTo(range("2024-10-01", "2024-12-31"));
    }

    @Test
    void ofQuarter_rejectsQuarterOutOfRange() {
        assertThatThrownBy(() -> DateRange.ofQuarter(2024, 5))
                .isExactlyInstanceOf(DateTimeException.class)
                .hasMessageContaining("QuarterOfYear")
                .hasMessageContaining("5");
        assertThatThrownBy(() -> DateRange.ofQuarter(2024, 0)).isExactlyInstanceOf(DateTimeException.class);
    }

    @Test
    void ofMonth_coversTheCalendarMonth() {
        assertThat(DateRange.ofMonth(2024, 2)).isEqualTo(range("2024-02-01", "2024-02-29"));
        assertThat(DateRange.ofMonth(2025, 2)).isEqualTo(range("2025-02-01", "2025-02-28"));
        assertThat(DateRange.ofMonth(2024, 11)).isEqualTo(range("2024-11-01", "2024-11-30"));
        assertThatThrownBy(() -> DateRange.ofMonth(2024, 13))
                .isExactlyInstanceOf(DateTimeException.class)
                .hasMessageContaining("MonthOfYear");
    }

    @Test
    void ofDay_isOneDayLong() {
        DateRange day = DateRange.ofDay(date("2024-11-18"));

        assertThat(day).isEqualTo(range("2024-11-18", "2024-11-18"));
        assertThat(day.lengthInDays()).isEqualTo(1);
    }

    @Test
    void containsDate_includesBothEnds() {
        DateRange range = range("2024-07-01", "2024-12-31");

        assertThat(range.contains(date("2024-07-01"))).isTrue();
        assertThat(range.contains(date("2024-12-31"))).isTrue();
        assertThat(range.contains(date("2024-06-30"))).isFalse();
        assertThat(range.contains(date("2025-01-01"))).isFalse();
    }

    @Test
    void containsRange_requiresTheWholeRange() {
        DateRange year = DateRange.ofYear(2024);

        assertThat(year.contains(DateRange.ofQuarter(2024, 4))).isTrue();
        assertThat(year.contains(year)).isTrue();
        assertThat(year.contains(range("2024-12-01", "2025-01-01"))).isFalse();
    }

    @Test
    void overlapsAndIntersection_shareDays() {
        DateRange year = DateRange.ofYear(2024);
        DateRange straddling = range("2024-12-01", "2025-01-31");

        assertThat(year.overlaps(straddling)).isTrue();
        assertThat(year.intersection(straddling)).contains(range("2024-12-01", "2024-12-31"));
        assertThat(straddling.intersection(year)).contains(range("2024-12-01", "2024-12-31"));
        assertThat(year.intersection(range("2024-12-31", "2025-01-01"))).contains(DateRange.ofDay(date("2024-12-31")));
        assertThat(year.overlaps(DateRange.ofYear(2025))).isFalse();
        assertThat(year.intersection(DateRange.ofYear(2025))).isEmpty();
    }

    @Test
    void toString_isIsoInterval() {
        assertThat(range("2024-07-01", "2024-12-31")).hasToString("2024-07-01/2024-12-31");
    }

    @Test
    void parse_roundTrips() {
        DateRange range = range("2024-07-01", "2024-12-31");

        assertThat(DateRange.parse("2024-07-01/2024-12-31")).isEqualTo(range);
        assertThat(DateRange.parse(range.toString())).isEqualTo(range);
        assertThat(DateRange.parse(" 2024-11-18/2024-11-18 ")).isEqualTo(DateRange.ofDay(date("2024-11-18")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2024-07-01", "2024-07-01/", "/2024-12-31", "2024-07-01/2024-12-31/2025-01-01",
        "2024-07-01--2024-12-31", "01/07/2024/31/12/2024", "2024-07-01/12-31", "2024-07-01/P6M",
        "2024-02-30/2024-03-01", "2024-07-01 / 2024-12-31"
    })
    void parse_rejectsOtherForms(String text) {
        assertThatThrownBy(() -> DateRange.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a date range: \"" + text + "\" (" + EXPECTED + ")");
    }

    @Test
    void parse_keepsTheDateErrorAsCause() {
        assertThatThrownBy(() -> DateRange.parse("2024-02-30/2024-03-01"))
                .hasCauseInstanceOf(DateTimeParseException.class);
    }

    @Test
    void parse_rejectsEndBeforeStart() {
        assertThatThrownBy(() -> DateRange.parse("2024-12-31/2024-07-01"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a date range: \"2024-12-31/2024-07-01\" (the start is after the end)");
    }

    @Test
    void equalsAndHashCode_dependOnBothEnds() {
        DateRange range = range("2024-07-01", "2024-12-31");
        DateRange same = DateRange.parse("2024-07-01/2024-12-31");

        assertThat(range).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(range)
                .isNotEqualTo(range("2024-07-02", "2024-12-31"))
                .isNotEqualTo(range("2024-07-01", "2024-12-30"))
                .isNotEqualTo(null);
    }
}
