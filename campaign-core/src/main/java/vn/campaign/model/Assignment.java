package vn.campaign.model;

import java.util.Objects;

/**
 * An actor's part in a task: who leads, coordinates, takes part or guides.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actorId the id of an actor of the plan; not null
 * @param role the part it plays; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Assignment(String actorId, Role role, Extensions extensions) {

    /** Checks that nothing is null. */
    public Assignment {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns an assignment with no extensions.
     *
     * @param actorId the actor id, not null
     * @param role the role, not null
     * @return the assignment, never null
     */
    public static Assignment of(String actorId, Role role) {
        return new Assignment(actorId, role, Extensions.empty());
    }
}
