/**
 * Compliance of a plan with its parent plan and with the law in force on its date.
 *
 * <p>{@link vn.campaign.compliance.ComplianceChecker} runs the built-in rules
 * ({@link vn.campaign.compliance.BuiltInRules}, codes in {@link vn.campaign.compliance.ComplianceCode})
 * and users' own rules ({@link vn.campaign.compliance.ComplianceRule}) over one plan and its parent
 * or over a {@link vn.campaign.compliance.PlanSet}; a {@link vn.campaign.compliance.ComplianceProfile}
 * turns rules off and changes severities. Findings are {@link vn.campaign.finding.Finding}s like those
 * of validation, with the file and, where they derive from the parent plan, the parent's file and
 * pointer; a user's rule gets messages for its codes from its own
 * {@link vn.campaign.finding.FindingCatalogue}. The law is dated data:
 * {@link vn.campaign.compliance.AdministrativeHierarchy} and {@link vn.campaign.model.FundingRules}.
 */
package vn.campaign.compliance;
