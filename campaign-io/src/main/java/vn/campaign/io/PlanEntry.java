package vn.campaign.io;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.model.Plan;

/**
 * One document of a stream of plans: the plan read, or why it could not be read, and where the
 * document is in the stream.
 *
 * <p>The line and column of a {@link #failure()} are those of the stream, not of the document
 * alone, so that they point into the file a person opens. Immutable and thread-safe.
 *
 * @param index the position of the document in the stream, from 0
 * @param line the line of the document's first character in the stream, from 1
 * @param column the column of the document's first character, counting code points from 1
 * @param plan the plan, present exactly when {@code failure} is empty; not null
 * @param failure why the document could not be read; not null
 *
 * @since 0.1
 */
public record PlanEntry(int index, int line, int column, Optional<Plan> plan, Optional<PlanReadException> failure) {

    /**
     * Checks that exactly one of plan and failure is present.
     *
     * @throws NullPointerException if {@code plan} or {@code failure} is null
     * @throws IllegalArgumentException if both or neither are present, or a position is out of range
     */
    public PlanEntry {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(failure, "failure");
        if (plan.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("Exactly one of plan and failure is present");
        }
        if (index < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException("index " + index + ", line " + line + ", column " + column);
        }
    }

    /**
     * Returns whether the document was read.
     *
     * @return true if {@link #plan()} is present
     */
    public boolean isRead() {
        return plan.isPresent();
    }
}
