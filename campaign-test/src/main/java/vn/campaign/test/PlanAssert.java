package vn.campaign.test;

import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.model.Plan;
import vn.campaign.validation.ValidationReport;

/**
 * Assertions on a {@link Plan}: it is valid, it complies with its parent, it has a finding.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 *
 * @since 0.1
 */
public final class PlanAssert extends AbstractAssert<PlanAssert, Plan> {

    private final String file;

    PlanAssert(Plan actual, String file) {
        super(actual, PlanAssert.class);
        this.file = file;
    }

    private ValidationReport validation() {
        isNotNull();
        return Shared.Validator.INSTANCE.validate(actual);
    }

    /**
     * Verifies that the plan has no validation finding of severity ERROR.
     *
     * @return this assertion
     */
    public PlanAssert isValid() {
        ValidationReport report = validation();
        if (report.hasErrors()) {
            failWithMessage("Expected %s to be valid, but:%n%s", file, report);
        }
        return this;
    }

    /**
     * Verifies that the plan complies with a parent plan: the compliance check (built-in rules and
     * rules found by {@code ServiceLoader}) reports no ERROR.
     *
     * @param parent the parent plan, not null
     * @return this assertion
     */
    public PlanAssert compliesWith(Plan parent) {
        return compliesWith(new NamedPlan("parent", Objects.requireNonNull(parent, "parent")));
    }

    /**
     * Verifies that the plan complies with a parent plan read from a file.
     *
     * @param parent the parent plan with its file name, not null
     * @return this assertion
     */
    public PlanAssert compliesWith(NamedPlan parent) {
        ComplianceReport report = check(parent);
        if (report.hasErrors()) {
            failWithMessage("Expected %s to comply with %s, but:%n%s", file, parent.file(), report);
        }
        return this;
    }

    /**
     * Checks the plan against a parent plan and continues with assertions on the report.
     *
     * @param parent the parent plan with its file name, not null
     * @return assertions on the compliance report, never null
     */
    public ReportAssert checkedAgainst(NamedPlan parent) {
        return new ReportAssert(check(parent));
    }

    /**
     * Checks the plan against a parent plan and continues with assertions on the report.
     *
     * @param parent the parent plan, not null
     * @return assertions on the compliance report, never null
     */
    public ReportAssert checkedAgainst(Plan parent) {
        return checkedAgainst(new NamedPlan("parent", Objects.requireNonNull(parent, "parent")));
    }

    private ComplianceReport check(NamedPlan parent) {
        isNotNull();
        Objects.requireNonNull(parent, "parent");
        return Shared.checker().check(new NamedPlan(file, actual), parent);
    }

    /**
     * Verifies that validation reports a finding with a code, and continues with assertions on it.
     *
     * @param code the finding code, such as {@code "PLAN_DATE_MISSING"}, not null
     * @return assertions on the findings with that code, never null
     */
    public FindingAssert hasFinding(String code) {
        return new ReportAssert(validation()).hasFinding(code);
    }
}
