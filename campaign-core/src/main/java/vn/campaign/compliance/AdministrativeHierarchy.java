package vn.campaign.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.compliance.DistrictBodies;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.LegalFacts;

/**
 * The levels of the Front's organisation in force for a period, as dated data.
 *
 * <p>Two structures are known (domain notes §6, verified): until 30/6/2025 four administrative
 * levels, central → province → district → commune; from 1/7/2025 two-tier local government,
 * central → province → commune, with no district (Law 72/2025/QH15, Article 51(3), and Resolution
 * 203/2025/QH15; the date and its sources are {@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_FROM}, the
 * evidence {@code docs/legal-sources.md} §1). In both, the residential area sits below the commune
 * without being an administrative level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id a stable id, such as {@code "four-level"}; not null
 * @param levels the levels from the top down; not null, not empty
 * @param effectiveFrom the first day the structure is in force; not null
 * @param effectiveTo the last day it is in force; not null, empty while in force
 * @param source the document that sets it; not null
 *
 * @since 0.1
 */
public record AdministrativeHierarchy(String id, List<AdministrativeLevel> levels, LocalDate effectiveFrom,
        Optional<LocalDate> effectiveTo, String source) {

    /**
     * The four-level structure, in force until 30/6/2025, the day before
     * {@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_FROM}.
     */
    public static final AdministrativeHierarchy FOUR_LEVEL = new AdministrativeHierarchy("four-level",
            List.of(AdministrativeLevel.CENTRAL, AdministrativeLevel.PROVINCE, AdministrativeLevel.DISTRICT,
                    AdministrativeLevel.COMMUNE, AdministrativeLevel.RESIDENTIAL_AREA),
            LocalDate.of(1900, 1, 1), Optional.of(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM.minusDays(1)),
            "Hiến pháp 2013; Luật Tổ chức chính quyền địa phương 2015");

    /**
     * The two-tier structure, in force from 1/7/2025 ({@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_FROM});
     * its source is {@link LegalFacts#TWO_TIER_LOCAL_GOVERNMENT_SOURCE}, Law 72/2025/QH15, Article
     * 51(3), and Resolution 203/2025/QH15.
     */
    public static final AdministrativeHierarchy TWO_TIER = new AdministrativeHierarchy("two-tier",
            List.of(AdministrativeLevel.CENTRAL, AdministrativeLevel.PROVINCE, AdministrativeLevel.COMMUNE,
                    AdministrativeLevel.RESIDENTIAL_AREA),
            LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM, Optional.empty(), LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE);

    private static final List<AdministrativeHierarchy> ALL = List.of(FOUR_LEVEL, TWO_TIER);

    /** Checks the values and copies the levels. */
    public AdministrativeHierarchy {
        Objects.requireNonNull(id, "id");
        levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        Objects.requireNonNull(source, "source");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A hierarchy needs at least one level");
        }
    }

    /**
     * Returns every known structure, oldest first.
     *
     * @return the structures, never null
     */
    public static List<AdministrativeHierarchy> all() {
        return ALL;
    }

    /**
     * Returns the structure in force on a day.
     *
     * @param day the day, not null
     * @return the structure, never null
     */
    public static AdministrativeHierarchy inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (AdministrativeHierarchy hierarchy : ALL) {
            if (hierarchy.isInForceOn(day)) {
                return hierarchy;
            }
        }
        return FOUR_LEVEL;
    }

    /**
     * Returns whether the structure is in force on a day.
     *
     * @param day the day, not null
     * @return true if {@code effectiveFrom <= day <= effectiveTo}
     */
    public boolean isInForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(effectiveFrom) && effectiveTo.map(end -> !day.isAfter(end)).orElse(true);
    }

    /**
     * Returns whether a level exists in this structure.
     *
     * @param level the level, not null
     * @return true if it is one of {@link #levels()}
     */
    public boolean has(AdministrativeLevel level) {
        return levels.contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * Returns the level directly above a level.
     *
     * @param level the level, not null
     * @return the level above, or empty for the top level or a level this structure does not have
     */
    public Optional<AdministrativeLevel> levelAbove(AdministrativeLevel level) {
        int index = levels.indexOf(Objects.requireNonNull(level, "level"));
        return index <= 0 ? Optional.empty() : Optional.of(levels.get(index - 1));
    }

    /**
     * Whether an actor is a body of the district level of local government, which ceased on 1/7/2025
     * (Law 72/2025/QH15, Art. 51(3)): by its level ({@link AdministrativeLevel#DISTRICT}), or, for a
     * body without a level or with a level above the district, by its name as real documents write it
     * ("huyện", "thị xã", "quận", "thành phố thuộc tỉnh" as whole words). The same reading as the rule
     * {@code DISTRICT_AFTER_REFORM}; a drafter uses it to leave out bodies that no longer exist.
     *
     * @param actor the actor, not null
     * @return true if it is a body of the district level
     * @since 0.1
     */
    public static boolean isDistrictBody(Actor actor) {
        return DistrictBodies.isDistrictBody(Objects.requireNonNull(actor, "actor"));
    }
}
