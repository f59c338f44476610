package vn.campaign.internal.compliance;

import java.util.function.Function;
import vn.campaign.model.Plan;

/**
 * A derivation of a plan whose value is thread-safe, so that it can be built once and then read by
 * the checks of several children on several threads ({@code ParentViews}): whatever the value
 * computes lazily it computes once, under its own lock, and publishes whole. Not part of the API.
 *
 * @param <T> the derived value
 */
public interface ShareableDerivation<T> extends Function<Plan, T> {
}
