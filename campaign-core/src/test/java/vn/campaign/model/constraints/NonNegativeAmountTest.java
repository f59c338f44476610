package vn.campaign.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import vn.campaign.internal.validation.NonNegativeAmountValidator;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Money;

class NonNegativeAmountTest {

    private final NonNegativeAmountValidator validator = new NonNegativeAmountValidator();

    @Test
    void isValid_acceptsZeroAndMoreAndNull() {
        assertThat(validator.isValid(Money.ZERO, null)).isTrue();
        assertThat(validator.isValid(Money.vnd(15_000_000), null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void isValid_rejectsANegativeAmount() {
        assertThat(validator.isValid(Money.vnd(-1), null)).isFalse();
    }

    @Test
    void annotation_carriesItsCodeAndLeavesItsValidatorToTheServiceLoader() throws NoSuchFieldException {
        NonNegativeAmount annotation = BudgetLine.class.getDeclaredField("amount")
                .getAnnotation(NonNegativeAmount.class);

        assertThat(annotation.message()).isEqualTo("{NEGATIVE_AMOUNT}");
        assertThat(annotation.payload()).isEmpty();
        assertThat(NonNegativeAmount.class.getAnnotation(Constraint.class).validatedBy()).isEmpty();
        assertThat(ServiceLoader.load(ConstraintValidator.class).stream().map(ServiceLoader.Provider::type))
                .contains(NonNegativeAmountValidator.class);
    }
}
