package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Plan;

/**
 * Finds the bodies of a plan that belong to the district level of local government, which ceased on
 * 1/7/2025: by their level ({@link AdministrativeLevel#DISTRICT}), or only by their name or unit, as
 * real documents name them ("Ủy ban nhân dân huyện", "Huyện ủy", "thị xã", "quận", "thành phố thuộc
 * tỉnh"), whatever level an importer or an author gave them.
 *
 * <p>Stateless and thread-safe. Not part of the API.
 */
public final class DistrictBodies {

    /**
     * The words that name a district-level unit, as whole words, in lower case: "huyện" (and the Party
     * committee "huyện ủy"), "thị xã", "quận", "thành phố thuộc tỉnh". "Thành phố" alone is not enough:
     * a province-level city is a "thành phố" too.
     */
    private static final Pattern DISTRICT_WORDS = Pattern.compile(
            "(?<![\\p{L}])(huyện|thị xã|quận|thành phố thuộc tỉnh)(?![\\p{L}])");

    private DistrictBodies() {
    }

    /**
     * A body of the district level.
     *
     * @param index the index of the actor in the plan's actors
     * @param actor the actor
     * @param byLevel whether its level says so (otherwise only its name or unit does)
     */
    record Body(int index, Actor actor, boolean byLevel) {
    }

    /**
     * Returns the plan's actors that are bodies of the district level, in the plan's order.
     *
     * @param plan the plan, not null
     * @return the bodies, never null
     */
    static List<Body> of(Plan plan) {
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < plan.actors().size(); i++) {
            Actor actor = plan.actors().get(i);
            if (isDistrictBody(actor)) {
                bodies.add(new Body(i, actor, actor.level().filter(AdministrativeLevel.DISTRICT::equals).isPresent()));
            }
        }
        return bodies;
    }

    /**
     * Whether an actor is a body of the district level: by its level, or, for a body without a level
     * or with a level above the district, by its name ("Ủy ban nhân dân huyện Kon Rẫy"). A body given
     * a level below the district is not one, whatever its unit says: a commune's unit may well name its
     * former district ("xã Đăk Kôi, huyện Kon Rẫy").
     *
     * @param actor the actor, not null
     * @return true if it is a body of the district level
     */
    public static boolean isDistrictBody(Actor actor) {
        if (actor.level().isEmpty()) {
            // No level: the name and the unit are all there is ("Ủy ban nhân dân huyện Kon Rẫy").
            return namesDistrict(actor.fullName());
        }
        AdministrativeLevel level = actor.level().get();
        // A body given a level above the district but named as a district one. A commune's unit may
        // well name its former district ("xã Đăk Kôi, huyện Kon Rẫy"): not read.
        return level == AdministrativeLevel.DISTRICT
                || level.isAbove(AdministrativeLevel.DISTRICT) && namesDistrict(actor.name());
    }

    /**
     * Whether a name names a district-level unit.
     *
     * @param name the name, not null
     * @return true if it contains one of the district words as whole words
     */
    static boolean namesDistrict(String name) {
        return DISTRICT_WORDS.matcher(name.toLowerCase(Locale.ROOT)).find();
    }
}
