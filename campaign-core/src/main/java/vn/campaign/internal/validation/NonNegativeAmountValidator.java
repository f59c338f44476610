package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.campaign.model.Money;
import vn.campaign.model.constraints.NonNegativeAmount;

/** Checks {@link NonNegativeAmount}: null or not negative. Not part of the API. */
public final class NonNegativeAmountValidator implements ConstraintValidator<NonNegativeAmount, Money> {

    /** Creates the validator; Hibernate Validator calls this. */
    public NonNegativeAmountValidator() {
    }

    @Override
    public boolean isValid(Money value, ConstraintValidatorContext context) {
        return value == null || !value.isNegative();
    }
}
