/**
 * Constraint annotations of the campaign model, in the style of Hibernate Validator's own: each
 * names the code of the finding it produces as its message template ({@code "{NEGATIVE_AMOUNT}"}), which
 * is also the key of its message in the bundle {@code vn/campaign/validation/messages.properties};
 * a violation's severity comes from its payload ({@link vn.campaign.model.constraints.Warning},
 * {@link vn.campaign.model.constraints.Info}) or else from the code's default.
 *
 * <p>The package depends on nothing but the model and Jakarta Validation: the annotations name no
 * validator ({@code validatedBy = {}}); Hibernate Validator finds the validators, which are not API,
 * through {@code META-INF/services/jakarta.validation.ConstraintValidator} (and {@code provides} in
 * the module descriptor). The validators treat {@code null} as valid (that is {@code @NotNull}'s job)
 * and allocate nothing.
 *
 * <p>The model uses these where Jakarta's built-in constraints mean something else
 * ({@link vn.campaign.model.constraints.NotBlankText} instead of {@code @NotBlank}, which refuses the
 * empty {@code Optional} of an absent text), and {@code PlanValidator} replaces no validator: a plain
 * Bean Validation {@code Validator} (Spring's {@code @Valid}, Quarkus) gives the same violations as
 * the constraint findings of {@code PlanValidator}.
 */
package vn.campaign.model.constraints;
