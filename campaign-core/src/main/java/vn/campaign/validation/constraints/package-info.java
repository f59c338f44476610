/**
 * Constraint annotations of the campaign model, in the style of Hibernate Validator's own: each
 * names the code of the finding it produces as its message template ({@code "{NEGATIVE_AMOUNT}"}), which
 * is also the key of its message in the bundle {@code vn/campaign/validation/messages.properties};
 * a violation's severity comes from its payload ({@link vn.campaign.validation.Severity.Warning},
 * {@link vn.campaign.validation.Severity.Info}) or else from the code's default. The validators
 * treat {@code null} as valid (that is {@code @NotNull}'s job) and allocate nothing.
 */
package vn.campaign.validation.constraints;
