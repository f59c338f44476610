package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import java.util.regex.Matcher;
import vn.campaign.model.Ids;

/**
 * The validator of {@code @Pattern} inside {@code PlanValidator}, in place of Hibernate Validator's
 * own. Not part of the API.
 *
 * <p>Every id of a plan carries {@code @Pattern(regexp = Ids.PATTERN)}, so a plan of thirty tasks
 * runs the expression a hundred times; for that one expression this validator checks the characters
 * with a loop instead, with the same result, and for any other expression it compiles the pattern
 * once, in {@link #initialize}, and matches as Hibernate Validator does. Flags are honoured through
 * the compiled pattern; the fast path is taken only for the id pattern without flags.
 */
public final class IdPatternValidator implements ConstraintValidator<Pattern, CharSequence> {

    /** The longest id, as {@link Ids#PATTERN} says: one character and up to 63 more. */
    static final int MAX_LENGTH = 64;

    private java.util.regex.Pattern pattern;
    private boolean ids;

    /** Creates the validator; Hibernate Validator calls this. */
    public IdPatternValidator() {
    }

    @Override
    public void initialize(Pattern annotation) {
        ids = annotation.regexp().equals(Ids.PATTERN) && annotation.flags().length == 0;
        int flags = 0;
        for (Pattern.Flag flag : annotation.flags()) {
            flags |= flag.getValue();
        }
        pattern = java.util.regex.Pattern.compile(annotation.regexp(), flags);
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (ids) {
            return isId(value);
        }
        Matcher matcher = pattern.matcher(value);
        return matcher.matches();
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
