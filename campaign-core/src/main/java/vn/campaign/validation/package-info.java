/**
 * Validation of campaign plans: {@link vn.campaign.validation.PlanValidator} checks a
 * {@link vn.campaign.model.Plan} and returns a {@link vn.campaign.validation.ValidationReport} of
 * {@link vn.campaign.finding.Finding}s.
 *
 * <p>Problems in a plan are never exceptions. Each finding has a stable code (the built-in ones are
 * the constants of {@link vn.campaign.validation.ValidationCode}, documented with a failing and a passing
 * example in {@code docs/findings.md}), a {@link vn.campaign.finding.Severity}, a
 * {@link vn.campaign.finding.PlanPointer} into the plan's JSON and a message in Vietnamese (the default)
 * or English. Messages come from the bundles {@code vn/campaign/validation/messages.properties} and
 * {@code messages_en.properties}; the values a message shows are filled in as arguments by plain
 * {@code {0}} replacement, never evaluated, so text from a plan can never change a message.
 *
 * <p>The constraint annotations of the model that are not Jakarta Validation's own live in
 * {@link vn.campaign.model.constraints}.
 */
package vn.campaign.validation;
