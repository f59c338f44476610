package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * The validator of {@code @NotBlank} inside {@code PlanValidator}, in place of Hibernate Validator's
 * own. Not part of the API.
 *
 * <p>Two differences, both needed by the model. Null is valid: the model has no nulls, and the only
 * null a constraint sees is the value of an empty {@code Optional<@NotBlank String>}, which means
 * "absent", not "blank". And every Unicode space counts as blank (a no-break space U+00A0 too), not
 * only the characters up to U+0020 that {@link String#trim()} removes.
 */
public final class BlankTextValidator implements ConstraintValidator<NotBlank, CharSequence> {

    /** Creates the validator; Hibernate Validator calls this. */
    public BlankTextValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }
}
