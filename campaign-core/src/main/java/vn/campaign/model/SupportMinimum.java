package vn.campaign.model;

import java.util.Objects;

/**
 * A minimum yearly support level set by a funding rule, with its household and area conditions.
 *
 * <p>The minimums Circular 121/2017/TT-BTC sets are {@link LegalFacts#COMMUNE_FRONT_SUPPORT_MINIMUM}
 * and {@link LegalFacts#RESIDENTIAL_TEAM_SUPPORT_MINIMUM}, whose descriptions give the amounts. How
 * the residential team's "further 200 households" are counted is not in our sources: this type
 * counts only whole blocks of 200 above the threshold (700 to 899 households add nothing, 900 add
 * one block), the lower reading, so that a check against it never reports a plan that one reading
 * allows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param base the minimum below the household threshold, in a normal area; not null, not negative
 * @param householdThreshold households from which blocks are counted, 0 for none; not negative
 * @param householdBlock households in one further block, 0 for none; not negative
 * @param perBlock the supplement for each whole further block; not null
 * @param difficultAreaSupplement the supplement in difficult areas; not null
 *
 * @since 0.1
 */
public record SupportMinimum(Money base, int householdThreshold, int householdBlock, Money perBlock,
        Money difficultAreaSupplement) {

    /** Checks the values. */
    public SupportMinimum {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perBlock, "perBlock");
        Objects.requireNonNull(difficultAreaSupplement, "difficultAreaSupplement");
        if (base.isNegative() || perBlock.isNegative() || difficultAreaSupplement.isNegative()) {
            throw new IllegalArgumentException("Support minimums cannot be negative: " + base + ", " + perBlock
                    + ", " + difficultAreaSupplement);
        }
        if (householdThreshold < 0 || householdBlock < 0) {
            throw new IllegalArgumentException("Household counts cannot be negative: " + householdThreshold + ", "
                    + householdBlock);
        }
    }

    /**
     * Returns the minimum for a unit.
     *
     * @param households the number of households of the residential area; not negative; ignored
     *     where the rule has no household blocks
     * @param difficultArea whether the commune is in a difficult or extremely difficult area
     * @return the minimum yearly support, never null
     * @throws IllegalArgumentException if {@code households} is negative
     */
    public Money minimumFor(int households, boolean difficultArea) {
        if (households < 0) {
            throw new IllegalArgumentException("households must not be negative: " + households);
        }
        Money minimum = base;
        if (householdBlock > 0 && households >= householdThreshold) {
            long blocks = (households - householdThreshold) / householdBlock;
            minimum = minimum.plus(Money.vnd(Math.multiplyExact(blocks, perBlock.amount())));
        }
        return difficultArea ? minimum.plus(difficultAreaSupplement) : minimum;
    }
}
