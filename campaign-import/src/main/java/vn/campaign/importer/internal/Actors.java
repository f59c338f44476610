package vn.campaign.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.importer.ImportCode;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Extensions;

/**
 * The bodies a document names, built from their names as written: kind, level and plurality from
 * the words of the name, one actor per body whatever spelling or abbreviation names it, ids derived
 * deterministically from kind and level. Not thread-safe; not part of the API.
 */
final class Actors {

    /** "Lãnh đạo …", "Đồng chí …", "Đ/c …" before a name. */
    private static final Pattern LEADING_TITLE = Pattern.compile("^(?i)(lãnh đạo|đồng chí|đ/c) ");

    /**
     * How trustworthy a name is: a name written in full beats an expanded abbreviation, which beats a
     * relative name ("liên quan"); among equals the longest spelling, the most complete, is kept.
     */
    static final int WRITTEN = 1;
    static final int EXPANDED = 2;
    static final int RELATIVE = 3;

    private static final String B = "(?<![a-z0-9])";
    private static final String E = "(?![a-z0-9])";
    private static final String LEVEL = "(?: (?:cac cap|cac xa, phuong, thi tran|cac xa, thi tran|cac xa|cac huyen, thanh pho"
            + "|tinh|huyen|xa|thi tran|phuong|cung cap))?";
    /** Names of bodies in running text, matched on folded text; the longer alternatives first. */
    private static final Pattern MENTION = Pattern.compile(B + "(?:"
            + "cac to chuc (?:thanh vien|chinh tri - xa hoi)(?: (?:uy ban mttq(?: viet nam)?|mttq)(?: (?:tinh|huyen|xa))?"
            + "| khac cung cap| cung cap| (?:tinh|huyen|xa))?"
            + "|(?:ban thuong truc |thuong truc |btt )?(?:uy ban (?:trung uong )?(?:mttq|mat tran to quoc)(?: viet nam)?"
            + "|ubmttq(?:vn)?)" + LEVEL
            + "|(?:thuong truc |tt )?(?:hoi dong nhan dan|hdnd)(?: (?:cung cap|tinh|huyen|xa))?"
            + "|(?:uy ban nhan dan|ubnd)(?: (?:cung cap|tinh|huyen|xa))?"
            + "|cac phong, ban, nganh(?: lien quan| cua (?:tinh|huyen|xa)| (?:tinh|huyen|xa))?"
            + "|(?:thuong truc |ban thuong vu )?(?:huyen uy|tinh uy|dang uy)"
            + "|cum thi dua so [ivx0-9]+"
            + "|(?:cac )?ban cong tac mat tran(?: (?:o khu dan cu|o cac khu dan cu|cac thon|thon|khu dan cu|to dan pho))?"
            + "|ban van dong"
            + "|doan chu tich"
            + "|bo tai chinh"
            + ")" + E);
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("BTT", "Ban Thường trực");
        ABBREVIATIONS.put("UBMTTQVN", "Ủy ban MTTQ Việt Nam");
        ABBREVIATIONS.put("UBMTTQ", "Ủy ban MTTQ");
        ABBREVIATIONS.put("MTTQVN", "MTTQ Việt Nam");
        ABBREVIATIONS.put("HĐND", "Hội đồng nhân dân");
        ABBREVIATIONS.put("UBND", "Ủy ban nhân dân");
        ABBREVIATIONS.put("TT", "Thường trực");
    }

    private static final Pattern ABBREVIATION = Pattern.compile("(?<![\\p{L}\\p{N}])(BTT|UBMTTQVN|UBMTTQ|MTTQVN|HĐND|UBND|TT)"
            + "(?![\\p{L}\\p{N}/-])");

    /** A name found in running text: where it is and what it says. */
    record Mention(int start, int end, String name) {
    }

    /** One actor being built. */
    static final class Draft {
        final String id;
        final ActorKind kind;
        final Optional<AdministrativeLevel> level;
        final boolean plural;
        String name;
        int priority;
        Optional<String> unit = Optional.empty();
        Optional<String> parentId = Optional.empty();
        Optional<String> symbolCode = Optional.empty();

        Draft(String id, ActorKind kind, Optional<AdministrativeLevel> level, boolean plural, String name, int priority) {
            this.id = id;
            this.kind = kind;
            this.level = level;
            this.plural = plural;
            this.name = name;
            this.priority = priority;
        }
    }

    /** What the words of a name say. */
    private record Classification(ActorKind kind, Optional<AdministrativeLevel> level, boolean plural,
            boolean levelInferred, String key) {
    }

    private final Map<String, Draft> byKey = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Notes notes;
    private Optional<AdministrativeLevel> defaultLevel = Optional.empty();

    Actors(Notes notes) {
        this.notes = notes;
    }

    /** Sets the level of bodies named without one (the issuer's level). */
    void defaultLevel(Optional<AdministrativeLevel> level) {
        this.defaultLevel = level;
    }

    Optional<AdministrativeLevel> defaultLevel() {
        return defaultLevel;
    }

    Optional<Draft> get(String id) {
        return byKey.values().stream().filter(draft -> draft.id.equals(id)).findFirst();
    }

    /**
     * Returns the actor a name stands for, creating it; empty when the name is of no known kind of body.
     *
     * @param written the name as written
     * @param priority how trustworthy the name is
     * @param context the level that "cùng cấp" means here, or empty for the default level
     * @param line the source line, for notes
     */
    Optional<String> resolve(String written, int priority, Optional<AdministrativeLevel> context, SourceLine line) {
        String name = Fold.stripTrailing(written.strip(), ";,.:").strip();
        String expanded = expand(name);
        int rank = priority;
        if (!expanded.equals(name)) {
            rank = Math.max(rank, EXPANDED);
            name = expanded;
        }
        name = LEADING_TITLE.matcher(name).replaceFirst("");
        Optional<AdministrativeLevel> here = context.isPresent() ? context : defaultLevel;
        String folded = Fold.fold(name);
        if (folded.contains("cung cap") && here.isPresent()) {
            int at = folded.indexOf("cung cap");
            name = name.substring(0, at) + levelWord(here.get()) + name.substring(at + "cung cap".length());
            rank = Math.max(rank, EXPANDED);
            notes.add(line, ImportCode.ACTOR_INFERRED);
        } else if (folded.contains("lien quan")) {
            rank = RELATIVE;
        }
        name = Fold.capitalise(name.strip());
        Classification c = classify(name, here);
        if (c.kind == ActorKind.OTHER) {
            return Optional.empty();
        }
        Draft draft = byKey.get(c.key);
        if (draft == null) {
            draft = new Draft(newId(c, name), c.kind, c.level, c.plural, name, rank);
            byKey.put(c.key, draft);
            if (c.levelInferred) {
                notes.add(line, ImportCode.ACTOR_INFERRED);
            }
        } else if (rank < draft.priority || rank == draft.priority && name.length() > draft.name.length()) {
            draft.name = name;
            draft.priority = rank;
        }
        return Optional.of(draft.id);
    }

    /** Whether a name is of a known kind of body. */
    boolean isBody(String name) {
        return classify(Fold.capitalise(expand(name.strip())), defaultLevel).kind != ActorKind.OTHER;
    }

    /** Returns the kind a name would have. */
    ActorKind kindOf(String name) {
        return classify(expand(name.strip()), defaultLevel).kind;
    }

    /** Finds the names of bodies in running text, in order, not overlapping. */
    static List<Mention> mentions(String text) {
        String folded = Fold.fold(text);
        List<Mention> found = new ArrayList<>();
        Matcher m = MENTION.matcher(folded);
        while (m.find()) {
            found.add(new Mention(m.start(), m.end(), text.substring(m.start(), m.end())));
        }
        return found;
    }

    /** Expands the abbreviations of a name: BTT, UBMTTQVN, HĐND, UBND, TT. */
    static String expand(String name) {
        Matcher m = ABBREVIATION.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(ABBREVIATIONS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String levelWord(AdministrativeLevel level) {
        switch (level) {
            case CENTRAL:
                return "Trung ương";
            case PROVINCE:
                return "tỉnh";
            case DISTRICT:
                return "huyện";
            case COMMUNE:
                return "xã";
            default:
                return "khu dân cư";
        }
    }

    private Classification classify(String name, Optional<AdministrativeLevel> here) {
        String folded = Fold.fold(name).replace("chinh tri - xa hoi", "chinh tri xh").replace("xa hoi", "xh");
        String f = " " + NON_ALNUM.matcher(folded).replaceAll(" ").strip() + " ";
        ActorKind kind = kind(f);
        boolean plural = f.startsWith(" cac ") || f.contains(" cac ");
        Optional<AdministrativeLevel> level;
        boolean inferred = false;
        if (f.contains(" cac cap ")) {
            level = Optional.empty();
            plural = true;
        } else {
            level = level(f);
            if (level.isEmpty()) {
                if (kind == ActorKind.PRESIDIUM || kind == ActorKind.STATE_AGENCY) {
                    level = Optional.of(AdministrativeLevel.CENTRAL);
                } else {
                    level = here;
                    inferred = here.isPresent();
                }
            }
        }
        String extra = "";
        if (kind == ActorKind.MEMBER_ORGANISATION) {
            extra = f.contains(" chinh tri xh ") ? "socio-political" : "member";
        } else if (kind == ActorKind.STATE_AGENCY || kind == ActorKind.EMULATION_CLUSTER
                || kind == ActorKind.RESIDENTIAL_AREA_TEAM || kind == ActorKind.OTHER) {
            extra = f.strip();
        }
        String key = kind + "|" + level.map(Enum::name).orElse("ALL") + "|" + plural + "|" + extra;
        return new Classification(kind, level, plural, inferred, key);
    }

    private static ActorKind kind(String f) {
        boolean front = f.contains(" mttq ") || f.contains(" mat tran ") || f.contains(" ubmttq") || f.contains(" mttw ");
        if (f.contains(" ban thuong truc ") || f.contains(" btt ") || f.contains(" thuong truc ") && front) {
            return ActorKind.STANDING_COMMITTEE;
        }
        if (f.contains(" doan chu tich ")) {
            return ActorKind.PRESIDIUM;
        }
        if (f.contains(" ban cong tac mat tran ")) {
            return ActorKind.RESIDENTIAL_AREA_TEAM;
        }
        if (f.contains(" to chuc thanh vien ") || f.contains(" chinh tri xh ") || f.contains(" doan the ")) {
            return ActorKind.MEMBER_ORGANISATION;
        }
        if (front && (f.contains(" uy ban ") || f.contains(" ubmttq"))) {
            return ActorKind.FRONT_COMMITTEE;
        }
        if (f.contains(" huyen uy ") || f.contains(" tinh uy ") || f.contains(" dang uy ") || f.contains(" cap uy ")) {
            return ActorKind.PARTY_COMMITTEE;
        }
        if (f.contains(" hoi dong nhan dan ") || f.contains(" hdnd ")) {
            return ActorKind.PEOPLES_COUNCIL;
        }
        if (f.contains(" uy ban nhan dan ") || f.contains(" ubnd ")) {
            return ActorKind.PEOPLES_COMMITTEE;
        }
        if (f.contains(" phong ban nganh ") || f.contains(" so ban nganh ") || f.contains(" co quan chuyen mon ")) {
            return ActorKind.GOVERNMENT_DEPARTMENT;
        }
        if (f.startsWith(" bo ")) {
            return ActorKind.STATE_AGENCY;
        }
        if (f.contains(" ban van dong ")) {
            return ActorKind.CAMPAIGN_BOARD;
        }
        if (f.contains(" cum thi dua ")) {
            return ActorKind.EMULATION_CLUSTER;
        }
        return ActorKind.OTHER;
    }

    private static Optional<AdministrativeLevel> level(String f) {
        if (f.contains(" trung uong ") || f.contains(" mttw ")) {
            return Optional.of(AdministrativeLevel.CENTRAL);
        }
        if (f.contains(" tinh uy ") || f.contains(" tinh ")) {
            return Optional.of(AdministrativeLevel.PROVINCE);
        }
        if (f.contains(" huyen uy ") || f.contains(" huyen ") || f.contains(" thanh pho ") || f.contains(" thi xa ")) {
            return Optional.of(AdministrativeLevel.DISTRICT);
        }
        if (f.contains(" dang uy ") || f.contains(" xa ") || f.contains(" thi tran ") || f.contains(" phuong ")) {
            return Optional.of(AdministrativeLevel.COMMUNE);
        }
        if (f.contains(" khu dan cu ") || f.contains(" thon ") || f.contains(" to dan pho ")) {
            return Optional.of(AdministrativeLevel.RESIDENTIAL_AREA);
        }
        return Optional.empty();
    }

    private String newId(Classification c, String name) {
        String kindName = c.kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String base;
        if (c.kind == ActorKind.STATE_AGENCY || c.kind == ActorKind.OTHER || c.kind == ActorKind.EMULATION_CLUSTER
                || c.kind == ActorKind.RESIDENTIAL_AREA_TEAM) {
            base = Fold.slug(name, 48);
        } else {
            String kindSlug = c.key.endsWith("|socio-political") ? "socio-political-organisation" : kindName;
            String plural = c.plural ? "s" : "";
            base = c.level.map(level -> level.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + kindSlug + plural)
                    .orElse(kindSlug + plural + "-all-levels");
        }
        if (base.isEmpty()) {
            base = "actor";
        }
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * Adds what the names imply: the Front Committee each Standing Committee belongs to, the Front
     * Committee above it, the unit of the issuer's level.
     *
     * @param unit the unit named by the document ("huyện Kon Rẫy") and its level
     */
    void completeHierarchy(Optional<String> unit, Optional<AdministrativeLevel> unitLevel) {
        for (Draft draft : List.copyOf(byKey.values())) {
            if (draft.kind == ActorKind.STANDING_COMMITTEE && !draft.plural && draft.level.isPresent()
                    && draft.level.get() != AdministrativeLevel.CENTRAL
                    && Fold.fold(draft.name).startsWith("ban thuong truc ")) {
                String committee = Fold.capitalise(draft.name.substring("Ban Thường trực ".length()));
                Optional<String> id = resolveQuietly(committee);
                id.ifPresent(parent -> draft.parentId = Optional.of(parent));
            }
        }
        for (Draft draft : byKey.values()) {
            if (draft.kind == ActorKind.FRONT_COMMITTEE && draft.level.isPresent() && draft.parentId.isEmpty()) {
                AdministrativeLevel level = draft.level.get();
                byKey.values().stream().filter(other -> other.kind == ActorKind.FRONT_COMMITTEE && !other.plural
                        && other.level.isPresent() && other.level.get().ordinal() == level.ordinal() - 1)
                        .findFirst().ifPresent(parent -> draft.parentId = Optional.of(parent.id));
            }
            if (draft.kind == ActorKind.MEMBER_ORGANISATION && Fold.fold(draft.name).contains("uy ban mttq")) {
                byKey.values().stream().filter(other -> other.kind == ActorKind.FRONT_COMMITTEE && !other.plural
                        && other.level.equals(draft.level)).findFirst()
                        .ifPresent(parent -> draft.parentId = Optional.of(parent.id));
            }
            if (unit.isPresent() && !draft.plural && draft.level.equals(unitLevel)
                    && (draft.kind == ActorKind.FRONT_COMMITTEE || draft.kind == ActorKind.STANDING_COMMITTEE)) {
                draft.unit = unit;
            }
        }
    }

    private Optional<String> resolveQuietly(String name) {
        Classification c = classify(name, defaultLevel);
        if (c.kind == ActorKind.OTHER) {
            return Optional.empty();
        }
        Draft draft = byKey.get(c.key);
        if (draft == null) {
            draft = new Draft(newId(c, name), c.kind, c.level, c.plural, name, WRITTEN);
            byKey.put(c.key, draft);
        }
        return Optional.of(draft.id);
    }

    /** Sets the symbol code of an actor that has none yet. */
    void symbolCode(String id, String code) {
        get(id).filter(draft -> draft.symbolCode.isEmpty() && !draft.plural)
                .ifPresent(draft -> draft.symbolCode = Optional.of(code));
    }

    /** Returns the actors in the order they were first named. */
    List<Actor> build() {
        List<Actor> actors = new ArrayList<>();
        for (Draft d : byKey.values()) {
            actors.add(new Actor(d.id, d.kind, d.level, d.name, d.unit, d.parentId, d.symbolCode, d.plural,
                    Extensions.empty()));
        }
        return actors;
    }

    /** Returns an issuer actor when the document names none. */
    String defaultIssuer() {
        Draft draft = new Draft("issuer", ActorKind.OTHER, Optional.empty(), false, "Cơ quan ban hành", WRITTEN);
        ids.add("issuer");
        byKey.put("OTHER|issuer", draft);
        return draft.id;
    }

    static Comparator<Mention> byStart() {
        return Comparator.comparingInt(Mention::start);
    }
}
