package vn.campaign.test;

import org.assertj.core.api.AbstractAssert;
import vn.campaign.validation.ValidationReport;

/**
 * Assertions on a {@link ValidationReport}.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 *
 * @since 0.1
 */
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Verifies that no finding is an ERROR.
     *
     * @return this assertion
     */
    public ValidationReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("Expected no validation error, but:%n%s", actual);
        }
        return this;
    }

    /**
     * Verifies that the report has a finding with a code, and continues with assertions on it.
     *
     * @param code the code, not null
     * @return assertions on the findings with that code, never null
     */
    public FindingAssert hasFinding(String code) {
        isNotNull();
        if (actual.findings(code).isEmpty()) {
            failWithMessage("Expected a finding %s, but:%n%s", code, actual);
        }
        return new FindingAssert(actual.findings(code), code);
    }
}
