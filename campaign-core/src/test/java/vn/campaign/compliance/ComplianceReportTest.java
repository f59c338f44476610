package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;

/** The public contract of {@link ComplianceReport}, method by method. */
class ComplianceReportTest {

    private static final List<String> FILES = List.of("a.json", "b.json");
    private static final List<String> RULES = List.of(BuiltInRules.CITATION, BuiltInRules.COVERAGE);

    private static Finding finding(String file, Severity severity, String pointer, String code) {
        return Finding.of(code, severity, PlanPointer.parse(pointer), List.of()).inFile(file);
    }

    private static ComplianceReport report(Finding... findings) {
        return ComplianceReport.of(List.of(findings), FILES, RULES, "2025.07.1", "default");
    }

    private static final Finding A_ERROR = finding("a.json", Severity.ERROR, "/sections", "PARENT_TASK_NOT_COVERED");
    private static final Finding A_WARNING = finding("a.json", Severity.WARNING, "/date", "PARENT_CITATION_UNDATED");
    private static final Finding A_INFO = finding("a.json", Severity.INFO, "/period", "X_NOTE");
    private static final Finding B_ERROR = finding("b.json", Severity.ERROR, "/funding", "PARENT_TASK_NOT_COVERED");

    // of

    @Test
    void of_ordersByFileThenSeverityPointerCodeAndParentPointer() {
        Finding withoutFile = Finding.of("Z_LAST_CODE", Severity.INFO, PlanPointer.parse("/z"), List.of());
        Finding aWarning = finding("a.json", Severity.WARNING, "/a", "A_CODE");
        Finding aErrorLaterPointer = finding("a.json", Severity.ERROR, "/b", "A_CODE");
        Finding aErrorCodeB = finding("a.json", Severity.ERROR, "/a", "B_CODE");
        Finding aErrorFromSecond = finding("a.json", Severity.ERROR, "/a", "A_CODE")
                .fromParent("p.json", PlanPointer.parse("/sections/1"));
        Finding aErrorFromFirst = finding("a.json", Severity.ERROR, "/a", "A_CODE")
                .fromParent("p.json", PlanPointer.parse("/sections/0"));
        Finding bError = finding("b.json", Severity.ERROR, "/a", "A_CODE");

        ComplianceReport report = report(bError, aWarning, aErrorFromSecond, aErrorCodeB, withoutFile,
                aErrorLaterPointer, aErrorFromFirst);

        assertThat(report.findings()).containsExactly(withoutFile, aErrorFromFirst, aErrorFromSecond, aErrorCodeB,
                aErrorLaterPointer, aWarning, bError);
    }

    @Test
    void of_givesEqualReportsForTheSameFindingsInAnyOrder() {
        assertThat(report(B_ERROR, A_INFO, A_ERROR, A_WARNING)).isEqualTo(report(A_WARNING, A_ERROR, B_ERROR, A_INFO));
    }

    @Test
    void of_keepsDuplicateFindings() {
        assertThat(report(A_ERROR, A_ERROR).findings()).containsExactly(A_ERROR, A_ERROR);
    }

    @Test
    void of_copiesItsListsAndReturnsUnmodifiableOnes() {
        List<Finding> findings = new ArrayList<>(List.of(A_ERROR));
        List<String> files = new ArrayList<>(FILES);
        List<String> rules = new ArrayList<>(RULES);
        ComplianceReport report = ComplianceReport.of(findings, files, rules, "v", "p");

        findings.add(B_ERROR);
        files.add("c.json");
        rules.add(BuiltInRules.TIMING);

        assertThat(report.findings()).containsExactly(A_ERROR);
        assertThat(report.files()).containsExactly("a.json", "b.json");
        assertThat(report.ruleIds()).containsExactly(BuiltInRules.CITATION, BuiltInRules.COVERAGE);
        assertThatThrownBy(() -> report.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.files().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.ruleIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void of_recordsTheFilesRulesRuleDataAndProfileAsGiven() {
        ComplianceReport report = ComplianceReport.of(List.of(), List.of("b.json", "a.json"),
                List.of(BuiltInRules.TIMING, BuiltInRules.CITATION), "2025.07.1", "strict");

        assertThat(report.files()).containsExactly("b.json", "a.json");
        assertThat(report.ruleIds()).containsExactly(BuiltInRules.TIMING, BuiltInRules.CITATION);
        assertThat(report.ruleDataVersion()).isEqualTo("2025.07.1");
        assertThat(report.profile()).isEqualTo("strict");
    }

    @Test
    void of_rejectsNullsNamingThem() {
        List<Finding> withNull = Arrays.asList(A_ERROR, null);
        List<String> filesWithNull = Arrays.asList("a.json", null);
        List<String> rulesWithNull = Arrays.asList(BuiltInRules.CITATION, null);

        assertThatThrownBy(() -> ComplianceReport.of(null, FILES, RULES, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("findings");
        assertThatThrownBy(() -> ComplianceReport.of(withNull, FILES, RULES, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("findings element");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), null, RULES, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("files");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), filesWithNull, RULES, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("files element");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), FILES, null, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleIds");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), FILES, rulesWithNull, "v", "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleIds element");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), FILES, RULES, null, "p"))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleDataVersion");
        assertThatThrownBy(() -> ComplianceReport.of(List.of(), FILES, RULES, "v", null))
                .isInstanceOf(NullPointerException.class).hasMessage("profile");
    }

    // findings(code), findingsIn(file), files

    @Test
    void findingsOfACode_areInReportOrderAndEmptyForAnAbsentCode() {
        ComplianceReport report = report(B_ERROR, A_WARNING, A_ERROR);

        assertThat(report.findings("PARENT_TASK_NOT_COVERED")).containsExactly(A_ERROR, B_ERROR);
        assertThat(report.findings("PARENT_NOT_FOUND")).isEmpty();
        assertThatThrownBy(() -> report.findings((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }

    @Test
    void findingsIn_keepsTheFindingsOfOneFileInReportOrder() {
        Finding withoutFile = Finding.of("X_NOTE", Severity.INFO, PlanPointer.root(), List.of());
        ComplianceReport report = report(B_ERROR, A_INFO, withoutFile, A_WARNING, A_ERROR);

        assertThat(report.findingsIn("a.json")).containsExactly(A_ERROR, A_WARNING, A_INFO);
        assertThat(report.findingsIn("b.json")).containsExactly(B_ERROR);
        assertThat(report.findingsIn("c.json")).isEmpty();
        assertThat(report.findingsIn("")).isEmpty();
        assertThatThrownBy(() -> report.findingsIn("a.json").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.findingsIn(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
    }

    @Test
    void files_listsTheFilesCheckedEvenWithoutFindings() {
        ComplianceReport report = report(B_ERROR);

        assertThat(report.files()).containsExactly("a.json", "b.json");
        assertThat(report.findingsIn("a.json")).isEmpty();
    }

    // hasErrors, count, codes, isEmpty

    @Test
    void hasErrors_isTrueOnlyWithAnError() {
        assertThat(report(A_WARNING, A_INFO, B_ERROR).hasErrors()).isTrue();
        assertThat(report(A_WARNING, A_INFO).hasErrors()).isFalse();
        assertThat(report().hasErrors()).isFalse();
    }

    @Test
    void count_countsTheFindingsOfEachSeverity() {
        ComplianceReport report = report(A_ERROR, B_ERROR, A_WARNING);

        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isZero();
        assertThatThrownBy(() -> report.count(null)).isInstanceOf(NullPointerException.class).hasMessage("severity");
    }

    @Test
    void codes_listsEachCodeOnceInAlphabeticalOrder() {
        ComplianceReport report = report(B_ERROR, A_INFO, A_ERROR, A_WARNING);

        assertThat(report.codes()).containsExactly("PARENT_CITATION_UNDATED", "PARENT_TASK_NOT_COVERED", "X_NOTE");
        assertThat(report().codes()).isEmpty();
    }

    @Test
    void isEmpty_isTrueOnlyWithoutFindings() {
        assertThat(report().isEmpty()).isTrue();
        assertThat(report(A_INFO).isEmpty()).isFalse();
    }

    // toString

    @Test
    void toString_summarisesTheCountsRulesDataAndProfileThenListsTheFindings() {
        Finding fromParent = finding("a.json", Severity.ERROR, "/sections", "PARENT_TASK_NOT_COVERED")
                .fromParent("p.json", PlanPointer.parse("/sections/0/tasks/1"));
        ComplianceReport report = ComplianceReport.of(List.of(A_WARNING, fromParent), List.of("a.json"),
                List.of(BuiltInRules.COVERAGE), "2025.07.1", "strict");

        assertThat(report).hasToString("""
                ComplianceReport: 1 errors, 1 warnings, 0 infos; rules [coverage], data 2025.07.1, profile strict
                  ERROR PARENT_TASK_NOT_COVERED a.json#/sections <- p.json#/sections/0/tasks/1 []
                  WARNING PARENT_CITATION_UNDATED a.json#/date []""");
    }

    @Test
    void toString_ofAnEmptyReport_isTheSummaryLineAlone() {
        assertThat(ComplianceReport.of(List.of(), List.of(), List.of(), "2025.07.1", "default"))
                .hasToString("ComplianceReport: 0 errors, 0 warnings, 0 infos; rules [], data 2025.07.1, profile default");
    }
}
