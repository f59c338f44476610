package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.campaign.model.constraints.NotBlankText;

/**
 * Checks {@link NotBlankText}: null, or a text with a character that is not a Unicode space. Not
 * part of the API.
 */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, CharSequence> {

    /** Creates the validator; Hibernate Validator calls this. */
    public NotBlankTextValidator() {
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
