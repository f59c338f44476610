package vn.campaign.model;

import java.util.Objects;

/**
 * The levels at which the Front is organised, from the centre down to residential areas.
 *
 * <p>Until 30/6/2025 there were four administrative levels (central, province, district, commune);
 * from 1/7/2025 ({@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_FROM}) local government has two tiers
 * and the district level no longer exists ({@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_SOURCE}: Law
 * 72/2025/QH15, Article 51(3), and Resolution 203/2025/QH15). A residential area is below the commune
 * and is <em>not</em> an administrative level: {@link #isAdministrative()} is false for it.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum AdministrativeLevel implements Labelled {
    /** The central level (Central Committee, Presidium, central Standing Committee). */
    CENTRAL("Trung ương", "Central"),
    /** A province or centrally-run city. */
    PROVINCE("Tỉnh", "Province"),
    /** A district, town or provincial city; ended on 1/7/2025. */
    DISTRICT("Huyện", "District"),
    /** A commune, ward, township or special zone. */
    COMMUNE("Xã", "Commune"),
    /** A village, hamlet or residential group below the commune; not an administrative level. */
    RESIDENTIAL_AREA("Khu dân cư", "Residential area");

    private final Labels labels;

    AdministrativeLevel(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Labels labels() {
        return labels;
    }

    /**
     * Returns whether this is an administrative level; false only for {@link #RESIDENTIAL_AREA}.
     *
     * @return true for central, province, district and commune
     */
    public boolean isAdministrative() {
        return this != RESIDENTIAL_AREA;
    }

    /**
     * Returns whether this level is above another one (closer to the centre).
     *
     * @param other the other level, not null
     * @return true if this level is strictly above {@code other}
     */
    public boolean isAbove(AdministrativeLevel other) {
        Objects.requireNonNull(other, "other");
        return ordinal() < other.ordinal();
    }

}
