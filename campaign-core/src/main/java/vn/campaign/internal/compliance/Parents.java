package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.model.Actor;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;

/**
 * Finds a plan's parent among other plans. Immutable and thread-safe. Not part of the API.
 *
 * <p>Sets of more than {@value #INDEX_FROM} plans are indexed by document number once, so that
 * finding the parents of all the plans of a national cascade costs a look-up each, not a scan.
 */
public final class Parents {

    /** Below this size a scan is cheaper than building the index. */
    static final int INDEX_FROM = 16;

    private final List<NamedPlan> plans;
    /** The plans by {@link DocumentNumber#identityKey()}, each list in set order; null for a small set. */
    private final Map<String, List<NamedPlan>> byNumber;

    private Parents(List<NamedPlan> plans, Map<String, List<NamedPlan>> byNumber) {
        this.plans = plans;
        this.byNumber = byNumber;
    }

    /**
     * Returns the finder of parents among plans.
     *
     * @param plans the candidates in their order, not null, unmodifiable
     * @return the finder, never null
     */
    public static Parents of(List<NamedPlan> plans) {
        if (plans.size() < INDEX_FROM) {
            return new Parents(plans, null);
        }
        Map<String, List<NamedPlan>> byNumber = new HashMap<>();
        for (NamedPlan plan : plans) {
            plan.plan().number().ifPresent(number -> byNumber.computeIfAbsent(number.identityKey(),
                    n -> new ArrayList<>(1)).add(plan));
        }
        return new Parents(plans, byNumber);
    }

    /**
     * Returns the parent of a plan: the plan its first {@code IMPLEMENTS} reference names by number
     * ({@link DocumentNumber#sameDocument same document}: leading zeros, case and "Đ" typed as "D" do
     * not matter) and date, where both have one; failing a number, the plan whose issuer has the level and unit
     * of the reference's issuer and whose period overlaps the child's. The first such plan in set
     * order, the child itself excepted.
     *
     * @param child the plan, not null
     * @return the parent, or empty
     */
    public Optional<NamedPlan> find(NamedPlan child) {
        Optional<DocumentReference> reference = child.plan().parentPlan();
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        DocumentReference ref = reference.get();
        if (ref.number().isPresent()) {
            DocumentNumber number = ref.number().get();
            List<NamedPlan> candidates = byNumber == null ? plans
                    : byNumber.getOrDefault(number.identityKey(), List.of());
            for (NamedPlan candidate : candidates) {
                if (candidate != child && candidate.plan().number().filter(number::sameDocument).isPresent()
                        && (ref.date().isEmpty() || candidate.plan().date().isEmpty()
                                || candidate.plan().date().equals(ref.date()))) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        }
        Optional<Actor> issuer = ref.issuerId().flatMap(child.plan()::actor);
        if (issuer.isEmpty() || issuer.get().level().isEmpty() || issuer.get().unit().isEmpty()) {
            return Optional.empty();
        }
        for (NamedPlan candidate : plans) {
            if (candidate != child && sameUnit(issuer.get(), candidate.plan())
                    && candidate.plan().period().overlaps(child.plan().period())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean sameUnit(Actor issuer, Plan candidate) {
        Optional<Actor> other = candidate.issuer();
        return other.isPresent() && other.get().level().equals(issuer.level())
                && other.get().unit().equals(issuer.unit());
    }
}
