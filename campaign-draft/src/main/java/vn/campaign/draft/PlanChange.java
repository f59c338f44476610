package vn.campaign.draft;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.finding.PlanPointer;

/**
 * One change between two plans: what changed, about what, where in each plan, and the text before and
 * after as officials write it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what changed; not null
 * @param subject what it is about: the task in the officials' words, the member ("number", "period"),
 *     the document number, the recipient's name; not null
 * @param before where in the first plan; empty for something added
 * @param after where in the second plan; empty for something removed
 * @param was the text in the first plan; empty for something added
 * @param now the text in the second plan; empty for something removed
 * @since 0.1
 */
public record PlanChange(ChangeKind kind, String subject, Optional<PlanPointer> before, Optional<PlanPointer> after,
        Optional<String> was, Optional<String> now) {

    /**
     * Checks that nothing is null.
     *
     * @throws NullPointerException if a value is null
     */
    public PlanChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(was, "was");
        Objects.requireNonNull(now, "now");
    }
}
