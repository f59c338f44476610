package vn.campaign.model;

import java.util.Objects;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A task of the parent plan that a plan declares not applicable to it, with the reason.
 *
 * <p>A parent task addressed to the child's level must be carried out by a task of the child
 * ({@link Task#implementsTasks()}) or declared here; the compliance check reports any other as not
 * covered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referenceId the id of the child's reference to the parent plan; not null
 * @param taskId the id of the task in the parent plan; not null
 * @param reason why it does not apply, as the plan's authors would write it; not null, not blank
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record NotApplicable(
        @NotBlankText @PlanId String referenceId,
        @NotBlankText @PlanId String taskId,
        @NotBlankText String reason,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the reason. */
    public NotApplicable {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(taskId, "taskId");
        reason = Text.text(reason, "reason");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a declaration with no extensions.
     *
     * @param referenceId the id of the child's reference to the parent plan, not null
     * @param taskId the id of the parent's task, not null
     * @param reason why it does not apply, not null
     * @return the declaration, never null
     */
    public static NotApplicable of(String referenceId, String taskId, String reason) {
        return new NotApplicable(referenceId, taskId, reason, Extensions.empty());
    }
}
