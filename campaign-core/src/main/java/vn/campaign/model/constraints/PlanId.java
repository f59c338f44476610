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
 * The annotated text is an id of a plan's parts: it matches {@link vn.campaign.model.Ids#PATTERN},
 * 1 to 64 ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or a
 * digit. {@code null} is valid. Finding code {@code INVALID_ID}.
 *
 * <p>The verdict is that of {@code @Pattern(regexp = Ids.PATTERN)}; the validator checks the
 * characters with a loop instead of a regular expression, since a plan of thirty tasks has a hundred
 * ids. Registered through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so any
 * Bean Validation user runs the same check as {@code PlanValidator}.
 *
 * @since 0.1
 */
@Documented
// The validator is found by Hibernate Validator through META-INF/services/jakarta.validation.ConstraintValidator
// (and provides in module-info), so that this API package does not depend on the implementation.
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlanId {

    /**
     * Returns the message template: the finding code in braces, which is also its bundle key.
     *
     * @return the template
     */
    String message() default "{INVALID_ID}";

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
