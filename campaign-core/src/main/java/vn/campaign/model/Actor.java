package vn.campaign.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;

/**
 * A body named by a plan: the issuer, a body given duties, a recipient or the issuer of a cited
 * document.
 *
 * <p>An actor may stand for one body ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện") or, when
 * {@link #plural()} is true, for every body of its kind at its level ("Ban Thường trực Ủy ban MTTQ
 * Việt Nam các xã, thị trấn"). The level is absent where the text names all levels at once ("các
 * cấp").
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id, unique among the plan's actors; not null
 * @param kind the kind of body; not null
 * @param level the administrative level; not null, empty for "all levels"
 * @param name the name as the document writes it; not null
 * @param unit the administrative unit ("huyện Kon Rẫy"); not null, may be empty
 * @param parentId the id of the body this one belongs to (a Standing Committee's Front Committee);
 *     not null, may be empty
 * @param symbolCode the issuer part of its document symbols ("MTTQ-BTT"); not null, may be empty
 * @param plural whether the actor stands for every body of its kind at its level
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Actor(
        @NotBlankText @PlanId String id,
        ActorKind kind,
        Optional<AdministrativeLevel> level,
        @NotBlankText String name,
        Optional<@NotBlankText String> unit,
        Optional<String> parentId,
        Optional<@NotBlankText String> symbolCode,
        boolean plural,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        name = Text.text(name, "name");
        unit = Text.text(unit, "unit");
        Objects.requireNonNull(parentId, "parentId");
        symbolCode = Text.text(symbolCode, "symbolCode");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a single actor at a level, with no unit, parent or symbol code.
     *
     * @param id the id, not null
     * @param kind the kind, not null
     * @param level the level, not null
     * @param name the name as written, not null
     * @return the actor, never null
     */
    public static Actor of(String id, ActorKind kind, AdministrativeLevel level, String name) {
        return new Actor(id, kind, Optional.of(Objects.requireNonNull(level, "level")), name,
                Optional.empty(), Optional.empty(), Optional.empty(), false, Extensions.empty());
    }

    /**
     * Returns an actor that stands for the bodies of its kind at every level ("các cấp").
     *
     * @param id the id, not null
     * @param kind the kind, not null
     * @param name the name as written, not null
     * @return the actor, plural and with no level, never null
     */
    public static Actor atAllLevels(String id, ActorKind kind, String name) {
        return new Actor(id, kind, Optional.empty(), name, Optional.empty(), Optional.empty(), Optional.empty(),
                true, Extensions.empty());
    }

    /**
     * Returns this actor with an administrative unit.
     *
     * @param newUnit the unit as written ("huyện Kon Rẫy"), not null
     * @return a new actor, never null
     */
    public Actor withUnit(String newUnit) {
        return new Actor(id, kind, level, name, Optional.of(Objects.requireNonNull(newUnit, "newUnit")), parentId,
                symbolCode, plural, extensions);
    }

    /**
     * Returns this actor as part of another one.
     *
     * @param newParentId the id of the body it belongs to, not null
     * @return a new actor, never null
     */
    public Actor withParent(String newParentId) {
        return new Actor(id, kind, level, name, unit, Optional.of(Objects.requireNonNull(newParentId, "newParentId")),
                symbolCode, plural, extensions);
    }

    /**
     * Returns this actor with the issuer code of its document symbols.
     *
     * @param newSymbolCode the code, such as {@code "MTTQ-BTT"}, not null
     * @return a new actor, never null
     */
    public Actor withSymbolCode(String newSymbolCode) {
        return new Actor(id, kind, level, name, unit, parentId,
                Optional.of(Objects.requireNonNull(newSymbolCode, "newSymbolCode")), plural, extensions);
    }

    /**
     * Returns this actor standing for every body of its kind at its level.
     *
     * @return a new plural actor, never null
     */
    public Actor asPlural() {
        return new Actor(id, kind, level, name, unit, parentId, symbolCode, true, extensions);
    }

    /**
     * Returns this actor with other extensions.
     *
     * @param newExtensions the extensions, not null
     * @return a new actor, never null
     */
    public Actor withExtensions(Extensions newExtensions) {
        return new Actor(id, kind, level, name, unit, parentId, symbolCode, plural, newExtensions);
    }

    /**
     * Returns the name joined with the unit, as documents name the body: "Ủy ban MTTQ Việt Nam huyện"
     * with unit "huyện Kon Rẫy" gives "Ủy ban MTTQ Việt Nam huyện Kon Rẫy" (the level word is not
     * repeated); without a unit, the name.
     *
     * @return the full name, never null
     */
    public String fullName() {
        if (unit.isEmpty()) {
            return name;
        }
        String unitName = unit.get();
        String levelWord = unitName.split(" ", 2)[0];
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerName.endsWith(" " + levelWord.toLowerCase(Locale.ROOT))) {
            return name.substring(0, name.length() - levelWord.length()) + unitName;
        }
        return lowerName.endsWith(unitName.toLowerCase(Locale.ROOT)) ? name : name + " " + unitName;
    }
}
