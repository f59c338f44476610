package vn.campaign.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.compliance.Parents;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;

/**
 * The plans of several administrative units and levels, such as a province's plan with the plans of
 * its districts, communes and residential areas, each with its file name; and optionally the
 * province's own support levels.
 *
 * <p>A plan set knows which plan is whose parent ({@link #parentOf(NamedPlan)}): the plan a child's
 * {@code IMPLEMENTS} reference names by its number (and date, where both have one); failing a
 * number, the plan whose issuer has the level and administrative unit of the reference's issuer and
 * whose period overlaps the child's. A folder of JSON files is read into a plan set by
 * {@code vn.campaign.cascade.PlanSets} in campaign-io.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlanSet {

    private final List<NamedPlan> plans;
    private final Map<FundingItem, Money> supportLevels;
    private final Parents parents;

    private PlanSet(List<NamedPlan> plans, Map<FundingItem, Money> supportLevels, Parents parents) {
        this.plans = plans;
        this.supportLevels = supportLevels;
        this.parents = parents;
    }

    private PlanSet(List<NamedPlan> plans, Map<FundingItem, Money> supportLevels) {
        this(plans, supportLevels, Parents.of(plans));
    }

    /**
     * Returns a plan set of plans, in the given order.
     *
     * @param plans the plans, not null, no null element
     * @return the set, never null
     */
    public static PlanSet of(List<NamedPlan> plans) {
        return new PlanSet(copy(plans, "plans"), Map.of());
    }

    /**
     * Returns a plan set of plans, in the given order.
     *
     * @param plans the plans, not null, no null element
     * @return the set, never null
     */
    public static PlanSet of(NamedPlan... plans) {
        return of(Arrays.asList(Objects.requireNonNull(plans, "plans")));
    }

    private static List<NamedPlan> copy(List<NamedPlan> plans, String name) {
        Objects.requireNonNull(plans, name);
        plans.forEach(plan -> Objects.requireNonNull(plan, name + " element"));
        return List.copyOf(plans);
    }

    /**
     * Returns this set with the province's own yearly support level for an item, set by its People's
     * Council at or above the minimum of Circular 121/2017/TT-BTC ({@link vn.campaign.model.FundingRules}).
     *
     * @param item {@link FundingItem#COMMUNE_FRONT_SUPPORT} or {@link FundingItem#RESIDENTIAL_TEAM_SUPPORT}, not null
     * @param level the yearly level, not null, not negative
     * @return a new set, never null
     * @throws IllegalArgumentException if the item is not a support item or the level is negative
     */
    public PlanSet withSupportLevel(FundingItem item, Money level) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(level, "level");
        if (item != FundingItem.COMMUNE_FRONT_SUPPORT && item != FundingItem.RESIDENTIAL_TEAM_SUPPORT) {
            throw new IllegalArgumentException("Not a support item: " + item);
        }
        if (level.isNegative()) {
            throw new IllegalArgumentException("A support level cannot be negative: " + level);
        }
        Map<FundingItem, Money> copy = new EnumMap<>(FundingItem.class);
        copy.putAll(supportLevels);
        copy.put(item, level);
        return new PlanSet(plans, Collections.unmodifiableMap(copy), parents);
    }

    /**
     * Returns a set of other plans with this set's support levels, as a cascade of plans needs for
     * each plan it checks.
     *
     * @param newPlans the plans of the new set, not null, no null element
     * @return the new set, never null
     */
    public PlanSet withPlans(List<NamedPlan> newPlans) {
        return new PlanSet(copy(newPlans, "newPlans"), supportLevels);
    }

    /**
     * Returns the plans in their order.
     *
     * @return an unmodifiable list, never null
     */
    public List<NamedPlan> plans() {
        return plans;
    }

    /**
     * Returns the province's own support level for an item, where the set provides one.
     *
     * @param item the item, not null
     * @return the level, or empty
     */
    public Optional<Money> supportLevel(FundingItem item) {
        return Optional.ofNullable(supportLevels.get(Objects.requireNonNull(item, "item")));
    }

    /**
     * Returns the parent of a plan in this set. A look-up in an index by document number, built once
     * with the set, so finding the parents of all the plans of a large set costs time linear in its size.
     *
     * @param child the plan, not null
     * @return the parent, or empty if the plan names none or the set does not hold it
     */
    public Optional<NamedPlan> parentOf(NamedPlan child) {
        Objects.requireNonNull(child, "child");
        return parents.find(child);
    }

    /**
     * Returns the plans whose parent in this set is a plan.
     *
     * @param parent the plan, not null
     * @return the children in set order, never null
     */
    public List<NamedPlan> childrenOf(NamedPlan parent) {
        Objects.requireNonNull(parent, "parent");
        List<NamedPlan> children = new ArrayList<>();
        for (NamedPlan plan : plans) {
            if (parentOf(plan).filter(parent::equals).isPresent()) {
                children.add(plan);
            }
        }
        return List.copyOf(children);
    }
}
