package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Language;

/**
 * A failing and a passing case of one finding code: what is broken, the exact findings of that code
 * it must give, and the nearest case that must not give it.
 *
 * @param code the code
 * @param failing what the failing case breaks, for the test name
 * @param failingReport validates the failing case
 * @param expected the exact findings with that code, in report order
 * @param otherCodes other codes the failing or passing case also gives, by design (usually none)
 * @param passing what the passing case is, for the test name
 * @param passingReport validates the passing case
 */
record Scenario(ValidationCode code, String failing, Supplier<ValidationReport> failingReport, List<Finding> expected,
        Set<String> otherCodes, String passing, Supplier<ValidationReport> passingReport) {

    /** The validator of all tests: creating one costs the Hibernate Validator bootstrap. */
    static final PlanValidator VALIDATOR = PlanValidator.create();

    static Scenario of(ValidationCode code, String failing, Consumer<DistrictPlan> breakIt, List<Finding> expected,
            String passing, Consumer<DistrictPlan> passIt) {
        return new Scenario(code, failing, () -> validate(breakIt), expected, Set.of(), passing,
                () -> validate(passIt));
    }

    Scenario alsoGiving(String... codes) {
        return new Scenario(code, failing, failingReport, expected, Set.of(codes), passing, passingReport);
    }

    static ValidationReport validate(Consumer<DistrictPlan> change) {
        DistrictPlan plan = DistrictPlan.valid();
        change.accept(plan);
        return VALIDATOR.validate(plan.build());
    }

    static Finding finding(ValidationCode code, Severity severity, String pointer, String... arguments) {
        return Finding.of(code.code(), severity, PlanPointer.parse(pointer), List.of(arguments));
    }

    /** Asserts the failing case: exactly the expected findings of the code, no other code but those allowed. */
    void assertFailing() {
        ValidationReport report = failingReport.get();
        assertThat(report.findings(code.code())).as(report.toString()).containsExactlyElementsOf(expected);
        Set<String> others = new TreeSet<>(report.codes());
        others.remove(code.code());
        assertThat(others).as(report.toString()).isSubsetOf(otherCodes);
        for (Finding finding : report.findings()) {
            for (Language language : Language.values()) {
                assertThat(finding.message(language)).as(finding + " " + language).doesNotContainPattern("\\{[0-9]+\\}");
                assertThat(finding.hint(language)).as(finding + " " + language).doesNotContainPattern("\\{[0-9]+\\}");
            }
        }
    }

    /** Asserts the passing case: no finding of the code, no other code but those allowed. */
    void assertPassing() {
        ValidationReport report = passingReport.get();
        assertThat(report.codes()).as(report.toString()).doesNotContain(code.code()).isSubsetOf(otherCodes);
    }

    @Override
    public String toString() {
        return code + ": " + failing + " / " + passing;
    }
}
