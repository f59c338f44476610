package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;

class ValidationReportTest {

    private static final Finding DATE = Finding.of(ValidationCode.PLAN_DATE_MISSING, PlanPointer.parse("/date"));
    private static final Finding PLACE = Finding.of(ValidationCode.PLAN_PLACE_MISSING, PlanPointer.parse("/place"));
    private static final Finding ACTOR_2 = Finding.of(ValidationCode.UNKNOWN_ACTOR, PlanPointer.parse("/recipients/2/actorIds/0"), "b");
    private static final Finding ACTOR_10 = Finding.of(ValidationCode.UNKNOWN_ACTOR, PlanPointer.parse("/recipients/10/actorIds/0"), "a");
    private static final Finding RECIPIENTS = Finding.of(ValidationCode.FILE_COPY_MISSING, PlanPointer.parse("/recipients"));
    private static final Finding WHOLE = Finding.of("MY_RULE", Severity.ERROR, PlanPointer.parse(""), List.of());
    private static final Finding DUPLICATE_Z = Finding.of(ValidationCode.DUPLICATE_ID, PlanPointer.parse("/actors/1/id"), "z", "/actors/0");
    private static final Finding BLANK = Finding.of(ValidationCode.BLANK_TEXT, PlanPointer.parse("/actors/1/id"));

    @Test
    void findings_areSortedBySeverityThenPointerWithNumericIndexesThenCodeThenArguments() {
        List<Finding> shuffled = new ArrayList<>(List.of(PLACE, ACTOR_10, DATE, RECIPIENTS, ACTOR_2, WHOLE,
                DUPLICATE_Z, BLANK));
        Collections.reverse(shuffled);

        assertThat(ValidationReport.of(shuffled).findings())
                .containsExactly(WHOLE, BLANK, DUPLICATE_Z, ACTOR_2, ACTOR_10, DATE, PLACE, RECIPIENTS);
    }

    @Test
    void sameFindingsInAnyOrder_giveEqualReports() {
        ValidationReport one = ValidationReport.of(List.of(DATE, ACTOR_2, PLACE));
        ValidationReport other = ValidationReport.of(List.of(PLACE, DATE, ACTOR_2));

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other).isNotEqualTo(ValidationReport.of(List.of(DATE)));
        assertThat(one).isNotEqualTo(null).isNotEqualTo("report");
    }

    @Test
    void counts_andErrors() {
        ValidationReport report = ValidationReport.of(List.of(DATE, PLACE, ACTOR_2, ACTOR_10));

        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.hasErrors()).isTrue();
        assertThat(ValidationReport.of(List.of(DATE, PLACE)).hasErrors()).isFalse();
    }

    @Test
    void codes_areEachOnceInAlphabeticalOrder() {
        ValidationReport report = ValidationReport.of(List.of(PLACE, ACTOR_10, DATE, ACTOR_2));

        assertThat(report.codes()).containsExactly("PLAN_DATE_MISSING", "PLAN_PLACE_MISSING", "UNKNOWN_ACTOR");
        assertThatThrownBy(() -> report.codes().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void findingsOfACode_keepReportOrder() {
        ValidationReport report = ValidationReport.of(List.of(PLACE, ACTOR_10, DATE, ACTOR_2));

        assertThat(report.findings("UNKNOWN_ACTOR")).containsExactly(ACTOR_2, ACTOR_10);
        assertThat(report.findings("NONE")).isEmpty();
    }

    @Test
    void emptyReport_isEmpty() {
        ValidationReport report = ValidationReport.of(List.of());

        assertThat(report.isEmpty()).isTrue();
        assertThat(report.findings()).isEmpty();
        assertThat(report.codes()).isEmpty();
        assertThat(report).hasToString("ValidationReport: 0 errors, 0 warnings, 0 infos");
    }

    @Test
    void report_isImmutable() {
        List<Finding> findings = new ArrayList<>(List.of(DATE));
        ValidationReport report = ValidationReport.of(findings);
        findings.add(PLACE);

        assertThat(report.findings()).containsExactly(DATE);
        assertThatThrownBy(() -> report.findings().add(PLACE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void with_addsFindingsInOrder() {
        ValidationReport report = ValidationReport.of(List.of(PLACE)).with(List.of(DATE, WHOLE));

        assertThat(report.findings()).containsExactly(WHOLE, DATE, PLACE);
    }

    @Test
    void toString_listsOneFindingPerLine() {
        assertThat(ValidationReport.of(List.of(PLACE, WHOLE)).toString()).isEqualTo(
                "ValidationReport: 1 errors, 0 warnings, 1 infos\n"
                        + "  ERROR MY_RULE \"\" []\n"
                        + "  INFO PLAN_PLACE_MISSING /place []");
    }

    @Test
    void of_rejectsNulls() {
        assertThatThrownBy(() -> ValidationReport.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("findings");
        assertThatThrownBy(() -> ValidationReport.of(Arrays.asList(DATE, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("findings element");
        assertThatThrownBy(() -> ValidationReport.of(List.of()).count(null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
    }
}
