package vn.campaign.bench;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

/**
 * The {@code @NotBlank} validator of {@link ValidateBenchmark}'s plain Hibernate Validator baseline,
 * written as any user of the model would write it with the Jakarta API alone.
 *
 * <p>It lets {@code null} pass, as Bean Validation advises (null is {@code @NotNull}'s job): the model
 * writes {@code Optional<@NotBlank String>} for "absent, or not blank", and Hibernate Validator hands
 * an empty {@code Optional} to the validator as {@code null}. Blank is every Unicode space, the model's
 * meaning of the word. The SDK's own validator of the same constraint is internal and not used here,
 * so that the benchmark measures the public API only.
 */
public final class AbsentOrNotBlankValidator implements ConstraintValidator<NotBlank, CharSequence> {

    /** Creates the validator; Hibernate Validator calls this. */
    public AbsentOrNotBlankValidator() {
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
