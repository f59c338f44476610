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
 * The annotated text, when there is one, has a character that is not a space. Finding code
 * {@code BLANK_TEXT}.
 *
 * <p>It differs from Jakarta's {@link jakarta.validation.constraints.NotBlank} in two ways, both
 * needed by the model:
 * <ul>
 *   <li>{@code null} is valid, as for every constraint of this package (null is {@code @NotNull}'s
 *   job). The model holds no null: its records refuse one for a required text, and the only null a
 *   validator sees is the value of an empty {@code Optional<@NotBlankText String>}, which means
 *   "absent", not "blank". Jakarta's {@code @NotBlank} refuses that null, so each absent optional
 *   text of a valid plan would be a violation.</li>
 *   <li>Every Unicode space counts as blank ({@link Character#isWhitespace(char)} or
 *   {@link Character#isSpaceChar(char)}: a no-break space U+00A0 and an ideographic space U+3000
 *   too), not only the characters up to U+0020 that {@link String#trim()} removes.</li>
 * </ul>
 *
 * <p>Any Bean Validation 3.0 or later implementation gives the same verdict as
 * {@code PlanValidator}: the validator is registered through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}.
 *
 * @since 0.1
 */
@Documented
// The validator is found by Hibernate Validator through META-INF/services/jakarta.validation.ConstraintValidator
// (and provides in module-info), so that this API package does not depend on the implementation.
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankText {

    /**
     * Returns the message template: the finding code in braces, which is also its bundle key.
     *
     * @return the template
     */
    String message() default "{BLANK_TEXT}";

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
