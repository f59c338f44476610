package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.validation.Scenario.VALIDATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.model.Plan;

class PlanValidatorTest {

    @Test
    void validPlan_givesAnEmptyReport() {
        assertThat(VALIDATOR.validate(DistrictPlan.valid().build()).isEmpty()).isTrue();
    }

    @Test
    void validate_rejectsNull() {
        assertThatThrownBy(() -> VALIDATOR.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
    }

    @Test
    void validate_givesFindingsOfConstraintsAndRulesInOneReport() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.place = Optional.of(" ");
        plan.date = Optional.empty();

        assertThat(VALIDATOR.validate(plan.build()).findings())
                .extracting(Finding::code, Finding::severity, f -> f.pointer().toString())
                .containsExactly(
                        tuple("BLANK_TEXT", Severity.ERROR, "/place"),
                        tuple("PLAN_DATE_MISSING", Severity.WARNING, "/date"));
    }

    @Test
    void validators_areIndependentAndAgree() {
        Plan plan = brokenPlan();

        assertThat(PlanValidator.create().validate(plan)).isEqualTo(VALIDATOR.validate(plan));
    }

    @Test
    void runsWithoutAnExpressionLanguage() {
        assertThatThrownBy(() -> Class.forName("jakarta.el.ExpressionFactory"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(VALIDATOR.validate(brokenPlan()).hasErrors()).isTrue();
    }

    @Test
    void oneValidator_givesTheSameReportsOnSeveralThreads() throws Exception {
        Plan valid = DistrictPlan.valid().build();
        Plan broken = brokenPlan();
        ValidationReport validReport = VALIDATOR.validate(valid);
        ValidationReport brokenReport = VALIDATOR.validate(broken);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> jobs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                jobs.add(() -> VALIDATOR.validate(valid).equals(validReport)
                        && VALIDATOR.validate(broken).equals(brokenReport));
            }
            for (Future<Boolean> result : pool.invokeAll(jobs, 30, TimeUnit.SECONDS)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toString_namesTheValidator() {
        assertThat(VALIDATOR.toString()).startsWith("PlanValidator[");
    }

    private static Plan brokenPlan() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.place = Optional.of("");
        plan.issuerId = "nobody";
        plan.recipients.remove(3);
        plan.task("training", t -> t.toBuilder().id("propaganda").build());
        return plan.build();
    }
}
