package vn.campaign.compliance;

import java.util.Objects;
import vn.campaign.model.Plan;

/**
 * A plan with the name of the file (or other source) it came from, so that a finding can say where
 * it is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file name or path as the user gave it, such as {@code "plans/kon-ray-2024.json"};
 *     not null
 * @param plan the plan; not null
 *
 * @since 0.1
 */
public record NamedPlan(String file, Plan plan) {

    /** Checks that nothing is null. */
    public NamedPlan {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plan, "plan");
    }
}
