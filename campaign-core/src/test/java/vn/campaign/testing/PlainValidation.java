package vn.campaign.testing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import vn.campaign.validation.ValidationCode;

/**
 * Plain Bean Validation as an application sets it up, knowing nothing of {@code PlanValidator}: for
 * the tests that the model's constraints mean the same to every user.
 */
public final class PlainValidation {

    /** The codes of findings that come from the model's constraints, not from the plan rules. */
    public static final Set<String> CONSTRAINT_CODES = Stream.of(ValidationCode.BLANK_TEXT,
            ValidationCode.EMPTY_LIST, ValidationCode.INVALID_ID, ValidationCode.NEGATIVE_AMOUNT,
            ValidationCode.TASK_WITHOUT_TEXT, ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL,
            ValidationCode.CONSTRAINT_VIOLATED).map(ValidationCode::code).collect(Collectors.toUnmodifiableSet());

    private PlainValidation() {
    }

    /**
     * Returns {@link Validation#buildDefaultValidatorFactory()}, as Spring's {@code @Valid} uses it;
     * its message interpolator needs an Expression Language implementation on the class path.
     *
     * @return a new factory, to close
     */
    public static ValidatorFactory defaultFactory() {
        return Validation.buildDefaultValidatorFactory();
    }

    /**
     * Returns the default factory with {@link ParameterMessageInterpolator}, for applications without
     * Expression Language.
     *
     * @return a new factory, to close
     */
    public static ValidatorFactory withoutExpressionLanguage() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /**
     * Returns the violations of a bean as "property path @Constraint", sorted.
     *
     * @param validator the validator
     * @param bean the bean
     * @return the lines, sorted
     */
    public static Set<String> violations(Validator validator, Object bean) {
        Set<String> lines = new TreeSet<>();
        for (ConstraintViolation<Object> violation : validator.validate(bean)) {
            lines.add(violation.getPropertyPath() + " @"
                    + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return lines;
    }
}
