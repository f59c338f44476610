package vn.campaign.draft;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.campaign.model.AdministrativeLevel;

/**
 * The unit a draft is written for: its name as officials write it, with the word of its kind ("xã Đăk
 * Kôi", "huyện Kon Rẫy", "phường Bắc Cam Ranh", "thôn Kon Rlong"), and its level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the unit's name with the word of its kind, NFC; not null, not blank
 * @param level the unit's level; not null, not {@link AdministrativeLevel#CENTRAL}
 * @since 0.1
 */
public record DraftUnit(String name, AdministrativeLevel level) {

    /** The words that open a unit's name, by level, the default first. */
    private static final Map<AdministrativeLevel, List<String>> WORDS = Map.of(
            AdministrativeLevel.PROVINCE, List.of("tỉnh", "thành phố"),
            AdministrativeLevel.DISTRICT, List.of("huyện", "thị xã", "quận", "thành phố"),
            AdministrativeLevel.COMMUNE, List.of("xã", "phường", "thị trấn", "đặc khu"),
            AdministrativeLevel.RESIDENTIAL_AREA, List.of("thôn", "làng", "tổ dân phố", "khu dân cư", "khu phố",
                    "buôn", "bản", "ấp", "khối phố", "tổ"));

    /**
     * Checks the name and the level and normalises the name to NFC, one space between words.
     *
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if the name is blank or the level is the centre
     */
    public DraftUnit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name is blank");
        }
        if (level == AdministrativeLevel.CENTRAL) {
            throw new IllegalArgumentException("A draft is written for a level below the centre, not " + level);
        }
    }

    /**
     * Returns the unit, adding the word of its level when the name lacks one: {@code of("Đăk Kôi",
     * COMMUNE)} is "xã Đăk Kôi", {@code of("phường Bắc Cam Ranh", COMMUNE)} stays as written.
     *
     * @param name the unit's name, with or without the word of its kind; not null, not blank
     * @param level the level; not null, not the centre
     * @return the unit, never null
     * @throws IllegalArgumentException if the name is blank or the level is the centre
     */
    public static DraftUnit of(String name, AdministrativeLevel level) {
        DraftUnit plain = new DraftUnit(name, level);
        return plain.hasKindWord() ? plain : new DraftUnit(WORDS.get(level).get(0) + " " + plain.name, level);
    }

    /**
     * Returns the word of the unit's kind as its name writes it: "xã", "phường", "huyện", "thôn".
     *
     * @return the word, never null; the level's default word when the name has none
     */
    public String kindWord() {
        String lower = name.toLowerCase(Locale.ROOT);
        return WORDS.get(level).stream().filter(word -> lower.startsWith(word + " ")).findFirst()
                .orElse(WORDS.get(level).get(0));
    }

    private boolean hasKindWord() {
        String lower = name.toLowerCase(Locale.ROOT);
        return WORDS.get(level).stream().anyMatch(word -> lower.startsWith(word + " "));
    }
}
