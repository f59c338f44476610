package vn.campaign.model;

import java.util.Objects;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A link from a task to the task of the parent plan that it carries out.
 *
 * <p>The parent plan is named by one of the child's references, normally its
 * {@link ReferenceRelation#IMPLEMENTS} reference ("Thực hiện Kế hoạch số 457/KH-MTTQ-BTT …"); the
 * task by its id in the parent plan. Only the reference can be checked inside one plan
 * ({@code UNKNOWN_REFERENCE}); the task id is checked against the parent plan by
 * {@code vn.campaign.compliance.ComplianceChecker}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referenceId the id of the child's reference to the parent plan; not null
 * @param taskId the id of the task in the parent plan; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record TaskLink(
        @NotBlankText @PlanId String referenceId,
        @NotBlankText @PlanId String taskId,
        Extensions extensions) {

    /** Checks that nothing is null. */
    public TaskLink {
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a link with no extensions.
     *
     * @param referenceId the id of the child's reference to the parent plan, not null
     * @param taskId the id of the parent's task, not null
     * @return the link, never null
     */
    public static TaskLink of(String referenceId, String taskId) {
        return new TaskLink(referenceId, taskId, Extensions.empty());
    }
}
