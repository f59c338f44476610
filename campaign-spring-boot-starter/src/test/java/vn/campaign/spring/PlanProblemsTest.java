package vn.campaign.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.io.CampaignModule;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.validation.ValidationCode;
import vn.campaign.validation.ValidationReport;

/** The problem details of an invalid plan and of an unreadable one. */
class PlanProblemsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CampaignModule());

    private static ValidationReport withOneError() {
        Finding error = Finding.of(ValidationCode.BLANK_TEXT, PlanPointer.root());
        return ValidationReport.of(List.of(error));
    }

    @Test
    void invalid_carriesStatusTypeTitleCountAndFindings() {
        ValidationReport report = withOneError();

        ProblemDetail problem = PlanProblems.invalid(report, Language.VI);

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).isEqualTo(PlanProblems.INVALID_PLAN);
        assertThat(problem.getTitle()).isEqualTo("Kế hoạch không hợp lệ");
        assertThat(problem.getDetail()).isEqualTo("Kế hoạch có 1 lỗi.");
        assertThat(PlanProblems.invalid(report, Language.EN).getDetail()).isEqualTo("The plan has 1 error.");
        assertThat(report.count(vn.campaign.finding.Severity.ERROR)).isEqualTo(1);
        assertThat(problem.getProperties()).containsEntry("findings", report.findings());
        assertThat(PlanProblems.invalid(report, Language.EN).getTitle()).isEqualTo("The plan is not valid");
    }

    @Test
    void unreadable_carriesTheReadErrorOfAPlanBody() {
        Exception failure = new IllegalStateException("as a framework wraps it",
                catchJackson("{\"schemaVersion\": \"1.2\", \"type\": 7}"));

        ProblemDetail problem = PlanProblems.unreadable(failure, Language.EN).orElseThrow();

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(PlanProblems.UNREADABLE_PLAN);
        assertThat(problem.getProperties()).containsEntry("code", "WRONG_TYPE").containsEntry("line", 1)
                .containsEntry("column", 34).containsEntry("pointer", "/type");
        assertThat(problem.getDetail()).contains("expected a string, found a number");
    }

    @Test
    void unreadable_isEmptyForAnotherFailure() {
        assertThat(PlanProblems.unreadable(new IllegalStateException("no plan"), Language.VI)).isEmpty();
    }

    @Test
    void requireNoErrors_throwsWithTheReport_andPassesAReportWithoutErrors() {
        ValidationReport report = withOneError();
        assertThatThrownBy(() -> PlanRejectedException.requireNoErrors(report))
                .isInstanceOfSatisfying(PlanRejectedException.class, e -> {
                    assertThat(e.report()).isSameAs(report);
                    assertThat(e.getStatusCode().value()).isEqualTo(422);
                    assertThat(e.getBody().getProperties()).containsEntry("findings", report.findings());
                });
        ValidationReport clean = ValidationReport.of(List.of());
        assertThat(PlanRejectedException.requireNoErrors(clean)).isSameAs(clean);
    }

    private static Exception catchJackson(String json) {
        try {
            MAPPER.readValue(json, Plan.class);
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("read without failure");
    }
}
