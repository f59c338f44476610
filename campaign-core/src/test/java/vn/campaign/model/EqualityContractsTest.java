package vn.campaign.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Month;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/**
 * The equals/hashCode contract of the model's values, checked whole by EqualsVerifier: reflexive,
 * symmetric, transitive, consistent with hashCode, null-safe, every significant field used, and no
 * subclass can break it.
 *
 * <p>Records are built through their canonical constructors, so each field of a record whose
 * constructor checks its values gets two values the constructor accepts
 * ({@code withPrefabValuesForField}, which also tells EqualsVerifier that the field is never null, as
 * nothing in the model is).
 */
class EqualityContractsTest {

    @Test
    void money_isEqualByAmount() {
        EqualsVerifier.forClass(Money.class).verify();
    }

    /** The labels and the "known" flag follow from the code: {@code of(code)} always gives the same ones. */
    @Test
    void documentType_isEqualByCodeAlone() {
        EqualsVerifier.forClass(DocumentType.class)
                .withIgnoredFields("labels", "known")
                .withNonnullFields("code")
                .verify();
    }

    /** The type is absent (null) in normative numbers without a type, such as 202/2025/QH15. */
    @Test
    void documentNumber_isEqualByStyleNumberYearTypeAndIssuer() {
        EqualsVerifier.forClass(DocumentNumber.class)
                .withNonnullFields("style", "number", "issuerCode")
                .verify();
    }

    @Test
    void extensions_isEqualByMembers() {
        EqualsVerifier.forClass(Extensions.class)
                .withNonnullFields("members")
                .verify();
    }

    @Test
    void dateRange_isEqualByStartAndEnd() {
        EqualsVerifier.forClass(DateRange.class)
                .withPrefabValuesForField("start", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2))
                .withPrefabValuesForField("end", LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31))
                .verify();
    }

    @Test
    void ongoing_isEqualToEveryOngoing() {
        EqualsVerifier.forClass(Schedule.Ongoing.class).verify();
    }

    @Test
    void wholePeriod_isEqualToEveryWholePeriod() {
        EqualsVerifier.forClass(Schedule.WholePeriod.class).verify();
    }

    @Test
    void inYear_isEqualByYear() {
        EqualsVerifier.forClass(Schedule.InYear.class)
                .withPrefabValuesForField("year", 2024, 2025)
                .verify();
    }

    @Test
    void quarters_isEqualByYearAndQuarters() {
        EqualsVerifier.forClass(Schedule.Quarters.class)
                .withPrefabValuesForField("year", 2024, 2025)
                .withPrefabValuesForField("quarters", List.of(3, 4), List.of(1))
                .verify();
    }

    @Test
    void months_isEqualByYearAndMonths() {
        EqualsVerifier.forClass(Schedule.Months.class)
                .withPrefabValuesForField("year", 2024, 2025)
                .withPrefabValuesForField("months", List.of(Month.OCTOBER, Month.NOVEMBER), List.of(Month.JANUARY))
                .verify();
    }

    @Test
    void between_isEqualByFromAndTo() {
        EqualsVerifier.forClass(Schedule.Between.class)
                .withPrefabValuesForField("from", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2))
                .withPrefabValuesForField("to", LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31))
                .verify();
    }

    @Test
    void before_isEqualByDate() {
        EqualsVerifier.forClass(Schedule.Before.class)
                .withPrefabValuesForField("date", LocalDate.of(2024, 11, 18), LocalDate.of(2025, 11, 18))
                .verify();
    }

    @Test
    void annualDay_isEqualByDay() {
        EqualsVerifier.forClass(Schedule.AnnualDay.class)
                .withPrefabValuesForField("day", MonthDay.of(11, 18), MonthDay.of(2, 29))
                .verify();
    }
}
