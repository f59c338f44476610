package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.campaign.model.Ids;
import vn.campaign.model.constraints.PlanId;

/**
 * Checks {@link PlanId}: null, or a text that matches {@link Ids#PATTERN}. Not part of the API.
 *
 * <p>Every id of a plan carries the constraint, so a plan of thirty tasks checks a hundred ids; the
 * characters are checked with a loop instead of the regular expression, with the same result (a
 * test compares the two on random text).
 */
public final class PlanIdValidator implements ConstraintValidator<PlanId, CharSequence> {

    /** The longest id, as {@link Ids#PATTERN} says: one character and up to 63 more. */
    static final int MAX_LENGTH = 64;

    /** Creates the validator; Hibernate Validator calls this. */
    public PlanIdValidator() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isId(value);
    }

    /** Whether a text matches {@link Ids#PATTERN}: {@code [A-Za-z0-9][A-Za-z0-9._-]{0,63}}. */
    static boolean isId(CharSequence value) {
        int length = value.length();
        if (length == 0 || length > MAX_LENGTH || !isAlphanumeric(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!isAlphanumeric(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
