package vn.campaign.internal.compliance;

import java.util.function.Function;
import vn.campaign.model.Plan;

/**
 * A derivation of a plan whose value can be built once and then read by the checks of several
 * children on several threads ({@code ParentViews}). {@link #apply} builds the value for one check;
 * {@link #shared} builds it complete, so that nothing in it is built lazily after it is published.
 * Not part of the API.
 *
 * @param <T> the derived value
 */
public interface ShareableDerivation<T> extends Function<Plan, T> {

    /**
     * Builds the value to be shared: the same answers as {@link #apply}, and safe to read from
     * several threads once published under a lock.
     *
     * @param plan the plan, not null
     * @return the value, never null
     */
    T shared(Plan plan);
}
