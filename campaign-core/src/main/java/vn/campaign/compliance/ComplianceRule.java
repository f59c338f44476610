package vn.campaign.compliance;

/**
 * A compliance rule: the service provider interface for users' own rules.
 *
 * <p>A rule looks at one plan, its parent plan where there is one, and the plan set, through a
 * {@link ComplianceContext}, and reports findings with {@link ComplianceContext#report}. Register a
 * rule with {@link ComplianceChecker.Builder#addRule(ComplianceRule)}, or list its class in
 * {@code META-INF/services/vn.campaign.compliance.ComplianceRule} (or {@code provides} in a
 * {@code module-info}) and call {@link ComplianceChecker.Builder#loadRules(ClassLoader)}.
 *
 * <p>Implementations must be thread-safe: one checker may run a rule on several plans at once. A rule
 * must not throw on a bad plan; problems are findings. Codes of a user's rule should be prefixed
 * ("X_" or the organisation's) so they never clash with a built-in code. Give them messages in
 * Vietnamese and English with an enum of {@link vn.campaign.finding.FindingCode}s and a
 * {@link vn.campaign.finding.FindingCatalogue} registered beside the rule; a code that no catalogue
 * lists shows as the code and its arguments.
 *
 * @since 0.1
 */
public interface ComplianceRule {

    /**
     * Returns the stable id of the rule, used in reports, rule selection and profiles.
     *
     * @return the id, never null, not blank, without {@code '='} or white space
     */
    String id();

    /**
     * Checks a plan.
     *
     * @param context the plan, its parent and the plan set, and where findings go; not null
     */
    void check(ComplianceContext context);
}
