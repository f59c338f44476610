package vn.campaign.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link vn.campaign.model.Money} is zero or more: a budget line spends money, it does
 * not return it. {@code null} is valid. Finding code {@code NEGATIVE_AMOUNT}.
 *
 * @since 0.1
 */
@Documented
// The validator is found by Hibernate Validator through META-INF/services/jakarta.validation.ConstraintValidator
// (and provides in module-info), so that this API package does not depend on the implementation.
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonNegativeAmount {

    /**
     * Returns the message template: the finding code in braces, which is also its bundle key.
     *
     * @return the template
     */
    String message() default "{NEGATIVE_AMOUNT}";

    /**
     * Returns the validation groups.
     *
     * @return the groups, none by default
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload; {@link Warning} or {@link Info} lower the severity.
     *
     * @return the payload, none by default
     */
    Class<? extends Payload>[] payload() default {};
}
