/**
 * Compliance of a plan with its parent plan and with the law in force on its date.
 *
 * <p>{@link vn.campaign.compliance.ComplianceChecker} runs the built-in rules
 * ({@link vn.campaign.compliance.BuiltInRules}, codes in {@link vn.campaign.compliance.ComplianceCode})
 * and users' own rules ({@link vn.campaign.compliance.ComplianceRule}) over one plan and its parent
 * or over a {@link vn.campaign.compliance.PlanSet}; a {@link vn.campaign.compliance.ComplianceProfile}
 * turns rules off and changes severities. Findings reuse {@link vn.campaign.validation.Finding} and
 * its message bundles, with the file and the parent's pointer in
 * {@link vn.campaign.compliance.ComplianceFinding}. The law is dated data:
 * {@link vn.campaign.compliance.AdministrativeHierarchy} and {@link vn.campaign.model.FundingRules}.
 */
package vn.campaign.compliance;
