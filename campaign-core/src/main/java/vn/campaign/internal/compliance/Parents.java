package vn.campaign.internal.compliance;

import java.util.List;
import java.util.Optional;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.model.Actor;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;

/** Finds a plan's parent among other plans. Stateless and thread-safe. Not part of the API. */
public final class Parents {

    private Parents() {
    }

    /**
     * Returns the parent of a plan: the plan its first {@code IMPLEMENTS} reference names by number
     * (and date, where both have one); failing a number, the plan whose issuer has the level and unit
     * of the reference's issuer and whose period overlaps the child's.
     *
     * @param child the plan, not null
     * @param plans the candidates, not null
     * @return the parent, or empty
     */
    public static Optional<NamedPlan> find(NamedPlan child, List<NamedPlan> plans) {
        Optional<DocumentReference> reference = child.plan().parentPlan();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        DocumentReference ref = reference.get();
        if (ref.number().isPresent()) {
            return plans.stream().filter(candidate -> candidate != child)
                    .filter(candidate -> candidate.plan().number().equals(ref.number()))
                    .filter(candidate -> ref.date().isEmpty() || candidate.plan().date().isEmpty()
                            || candidate.plan().date().equals(ref.date()))
                    .findFirst();
        }
        Optional<Actor> issuer = ref.issuerId().flatMap(child.plan()::actor);
        if (issuer.isEmpty() || issuer.get().level().isEmpty() || issuer.get().unit().isEmpty()) {
            return Optional.empty();
        }
        return plans.stream().filter(candidate -> candidate != child)
                .filter(candidate -> sameUnit(issuer.get(), candidate.plan()))
                .filter(candidate -> candidate.plan().period().overlaps(child.plan().period()))
                .findFirst();
    }

    private static boolean sameUnit(Actor issuer, Plan candidate) {
        Optional<Actor> other = candidate.issuer();
        return other.isPresent() && other.get().level().equals(issuer.level())
                && other.get().unit().equals(issuer.unit());
    }
}
