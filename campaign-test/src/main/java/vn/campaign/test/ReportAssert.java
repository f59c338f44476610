package vn.campaign.test;

import org.assertj.core.api.AbstractAssert;
import vn.campaign.finding.Report;

/**
 * Assertions on a {@link Report}: the findings of a validation, of a compliance check or of an
 * import, which share one finding type.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 *
 * @since 0.1
 */
public final class ReportAssert extends AbstractAssert<ReportAssert, Report> {

    ReportAssert(Report actual) {
        super(actual, ReportAssert.class);
    }

    /**
     * Verifies that no finding is an ERROR.
     *
     * @return this assertion
     */
    public ReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("Expected no error, but:%n%s", actual);
        }
        return this;
    }

    /**
     * Verifies that there is no finding at all.
     *
     * @return this assertion
     */
    public ReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.isEmpty()) {
            failWithMessage("Expected no finding, but:%n%s", actual);
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
