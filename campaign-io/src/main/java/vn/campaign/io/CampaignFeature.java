package vn.campaign.io;

import com.fasterxml.jackson.core.util.JacksonFeature;

/**
 * The switches of {@link CampaignModule}, each with an explicit default.
 *
 * <p>{@link PlanJson} has the same switches on its builder. This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum CampaignFeature implements JacksonFeature {

    /**
     * Whether a member the format does not define is an error ({@code UNKNOWN_MEMBER}) rather than
     * an extension kept in the model and written back. Disabled by default: a reader of version 1.0
     * keeps what a writer of a later 1.x version added. Periods and schedules are closed values and
     * refuse unknown members either way.
     */
    STRICT_MEMBERS(false);

    private final boolean enabledByDefault;
    private final int mask;

    CampaignFeature(boolean enabledByDefault) {
        this.enabledByDefault = enabledByDefault;
        this.mask = 1 << ordinal();
    }

    /**
     * Returns the bit set of the features enabled by default.
     *
     * @return the mask of the default features
     */
    public static int collectDefaults() {
        int flags = 0;
        for (CampaignFeature feature : values()) {
            if (feature.enabledByDefault()) {
                flags |= feature.getMask();
            }
        }
        return flags;
    }

    /**
     * Returns whether this feature is enabled unless configured otherwise.
     *
     * @return the default state
     */
    @Override
    public boolean enabledByDefault() {
        return enabledByDefault;
    }

    /**
     * Returns the bit of this feature in a bit set of features.
     *
     * @return the bit, a power of two
     */
    @Override
    public int getMask() {
        return mask;
    }

    /**
     * Returns whether this feature is enabled in a bit set of features.
     *
     * @param flags the bit set
     * @return true if this feature's bit is set
     */
    @Override
    public boolean enabledIn(int flags) {
        return (flags & mask) != 0;
    }
}
