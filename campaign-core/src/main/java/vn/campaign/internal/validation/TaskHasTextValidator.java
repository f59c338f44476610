package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import vn.campaign.model.Task;
import vn.campaign.model.constraints.TaskHasText;

/**
 * Checks {@link TaskHasText}: null, or a description, content or form is present. A present but
 * blank text counts as present: {@code @NotBlankText} reports it. Not part of the API.
 */
public final class TaskHasTextValidator implements ConstraintValidator<TaskHasText, Task> {

    /** Creates the validator; Hibernate Validator calls this. */
    public TaskHasTextValidator() {
    }

    @Override
    public boolean isValid(Task value, ConstraintValidatorContext context) {
        return value == null
                || value.description().isPresent()
                || value.content().isPresent()
                || value.form().isPresent();
    }
}
