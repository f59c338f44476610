package vn.campaign.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link vn.campaign.model.Task} has text: a description, a content ("Nội dung: …")
 * or a form ("Hình thức: …"). A task that is only kinds and a schedule cannot be written back as
 * the bullet of a plan. {@code null} is valid. Finding code {@code TASK_WITHOUT_TEXT}.
 *
 * @since 0.1
 */
@Documented
// The validator is found by Hibernate Validator through META-INF/services/jakarta.validation.ConstraintValidator
// (and provides in module-info), so that this API package does not depend on the implementation.
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface TaskHasText {

    /**
     * Returns the message template: the finding code in braces, which is also its bundle key.
     *
     * @return the template
     */
    String message() default "{TASK_WITHOUT_TEXT}";

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
