package vn.campaign.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Finding ERROR = Finding.of("B_CODE", Severity.ERROR, PlanPointer.parse("/a"), List.of());
    private static final Finding WARNING = Finding.of("A_CODE", Severity.WARNING, PlanPointer.parse("/b"), List.of());
    private static final Finding OTHER_WARNING = Finding.of("B_CODE", Severity.WARNING, PlanPointer.parse("/c"),
            List.of());

    private static Report of(Finding... findings) {
        List<Finding> list = List.of(findings);
        return () -> list;
    }

    @Test
    void findingsOfACode_keepTheReportOrder() {
        assertThat(of(ERROR, WARNING, OTHER_WARNING).findings("B_CODE")).containsExactly(ERROR, OTHER_WARNING);
        assertThat(of(ERROR).findings("NONE")).isEmpty();
    }

    @Test
    void countsAndQuestions_readTheFindings() {
        Report report = of(ERROR, WARNING, OTHER_WARNING);

        assertThat(report.count(Severity.ERROR)).isEqualTo(1);
        assertThat(report.count(Severity.WARNING)).isEqualTo(2);
        assertThat(report.count(Severity.INFO)).isZero();
        assertThat(report.hasErrors()).isTrue();
        assertThat(report.isEmpty()).isFalse();
        assertThat(of(WARNING).hasErrors()).isFalse();
        assertThat(of().isEmpty()).isTrue();
    }

    @Test
    void codes_areEachOnceInAlphabeticalOrder() {
        assertThat(of(ERROR, WARNING, OTHER_WARNING).codes()).containsExactly("A_CODE", "B_CODE");
        assertThatThrownBy(() -> of(ERROR).codes().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void questions_rejectNulls() {
        assertThatThrownBy(() -> of().findings(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> of().count(null)).isInstanceOf(NullPointerException.class).hasMessage("severity");
    }
}
