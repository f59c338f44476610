package vn.campaign.test;

import org.assertj.core.api.AbstractAssert;
import vn.campaign.compliance.ComplianceReport;

/**
 * Assertions on a {@link ComplianceReport}.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 *
 * @since 0.1
 */
public final class ComplianceReportAssert extends AbstractAssert<ComplianceReportAssert, ComplianceReport> {

    ComplianceReportAssert(ComplianceReport actual) {
        super(actual, ComplianceReportAssert.class);
    }

    /**
     * Verifies that no finding is an ERROR.
     *
     * @return this assertion
     */
    public ComplianceReportAssert hasNoErrors() {
        isNotNull();
        if (actual.hasErrors()) {
            failWithMessage("Expected no compliance error, but:%n%s", actual);
        }
        return this;
    }

    /**
     * Verifies that there is no finding at all.
     *
     * @return this assertion
     */
    public ComplianceReportAssert hasNoFindings() {
        isNotNull();
        if (!actual.findings().isEmpty()) {
            failWithMessage("Expected no compliance finding, but:%n%s", actual);
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
