package vn.campaign.compliance;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import vn.campaign.internal.compliance.ShareableDerivation;
import vn.campaign.model.Plan;

/**
 * What the compliance check derives from plans that are the parents of others (their index and the
 * items of their tasks), built once per plan and shared by the checks of all its children, on any
 * number of threads, instead of once per child. A cascade run owns one: it {@linkplain #open opens} a
 * plan when the plan may become a parent and {@linkplain #close closes} it when no later plan can
 * be its child, so it holds only the open ancestors, whatever the number of plans. A plan that is
 * not open is derived for its check alone, as without sharing. The findings are the same with and
 * without it; only what is built differs.
 *
 * <pre>{@code
 * ParentViews views = ParentViews.create();
 * views.open(province.plan());
 * checker.check(commune, planSet, views);   // the province's view built here ...
 * checker.check(otherCommune, planSet, views);  // ... and used again here
 * views.close(province.plan());
 * }</pre>
 *
 * <p>Thread-safe. Only the built-in rules' derivations are shared; a user rule's
 * {@link ComplianceContext#derived} values stay its check's own.
 *
 * @since 0.1
 */
public final class ParentViews {

    /** By plan, by identity: the shared values by derivation. The map guarded by this, each plan's values by themselves. */
    private final Map<Plan, Map<ShareableDerivation<?>, Object>> open = new IdentityHashMap<>();

    private ParentViews() {
    }

    /**
     * Returns a new, empty set of shared views.
     *
     * @return the views, never null
     */
    public static ParentViews create() {
        return new ParentViews();
    }

    /**
     * Starts sharing what is derived from a plan, until {@link #close}.
     *
     * @param plan the plan, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public synchronized void open(Plan plan) {
        open.putIfAbsent(Objects.requireNonNull(plan, "plan"), new IdentityHashMap<>(2));
    }

    /**
     * Stops sharing what is derived from a plan and lets it go; checks still running keep what they
     * took.
     *
     * @param plan the plan, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public synchronized void close(Plan plan) {
        open.remove(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Returns the number of plans open, for tests and logs.
     *
     * @return the number, at least 0
     */
    public synchronized int size() {
        return open.size();
    }

    /**
     * Returns the derived value of a plan: the shared one, built on first use, if the plan is open;
     * otherwise one built for the caller alone. Only the look-up holds this object's lock: a value
     * for the caller alone is built without any lock, and a shared one under its plan's lock, so
     * that the checks of other plans' children never wait for it.
     */
    <T> T derived(Plan plan, ShareableDerivation<T> derivation) {
        Map<ShareableDerivation<?>, Object> values;
        synchronized (this) {
            values = open.get(plan);
        }
        if (values == null) {
            return derivation.apply(plan);
        }
        synchronized (values) {
            @SuppressWarnings("unchecked")
            T value = (T) values.get(derivation);
            if (value == null) {
                value = Objects.requireNonNull(derivation.apply(plan), "derived value");
                values.put(derivation, value);
            }
            return value;
        }
    }

    /**
     * Returns a short description, for logs.
     *
     * @return the text, never null
     */
    @Override
    public synchronized String toString() {
        return "ParentViews[" + open.size() + " open]";
    }
}
