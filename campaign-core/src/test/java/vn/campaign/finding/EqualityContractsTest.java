package vn.campaign.finding;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import nl.jqno.equalsverifier.EqualsVerifier;
import org.junit.jupiter.api.Test;

/**
 * The equals/hashCode contract of findings and pointers, checked whole by EqualsVerifier: two runs of
 * a check on equal plans must give equal findings, which reports, tests and the benchmarks rely on.
 */
class EqualityContractsTest {

    /**
     * Built through the canonical constructor, which refuses nulls and a column without a line: every
     * field gets two values it accepts (a line in both).
     */
    @Test
    void finding_isEqualByEveryComponent() {
        EqualsVerifier.forClass(Finding.class)
                .withPrefabValuesForField("code", "UNKNOWN_ACTOR", "EMPTY_LIST")
                .withPrefabValuesForField("severity", Severity.ERROR, Severity.WARNING)
                .withPrefabValuesForField("pointer", PlanPointer.root(), PlanPointer.parse("/sections/0"))
                .withPrefabValuesForField("arguments", List.of("x"), List.of())
                .withPrefabValuesForField("file", Optional.empty(), Optional.of("kon-ray-2024.json"))
                .withPrefabValuesForField("parentFile", Optional.empty(), Optional.of("kh-457.json"))
                .withPrefabValuesForField("parentPointer", Optional.empty(), Optional.of(PlanPointer.parse("/date")))
                .withPrefabValuesForField("line", OptionalInt.of(1), OptionalInt.of(3))
                .withPrefabValuesForField("column", OptionalInt.empty(), OptionalInt.of(7))
                .withPrefabValuesForField("source", Optional.empty(), Optional.of("- Nội dung"))
                .verify();
    }

    @Test
    void planPointer_isEqualBySegments() {
        EqualsVerifier.forClass(PlanPointer.class)
                .withPrefabValues(String[].class, new String[] {"sections", "0"}, new String[] {"date"})
                .withIgnoredFields("text")
                .suppress(nl.jqno.equalsverifier.Warning.NULL_FIELDS)
                .verify();
    }
}
