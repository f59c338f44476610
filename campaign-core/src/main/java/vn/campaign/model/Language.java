package vn.campaign.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The languages in which the SDK speaks: Vietnamese, the default, and English.
 *
 * <p>Every code list, finding and message has a label in both. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum Language {
    /** Vietnamese ({@code vi}), the default language of every label and message. */
    VI(Locale.forLanguageTag("vi")),
    /** English ({@code en}). */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the locale of this language.
     *
     * @return the locale, never null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns the language of a tag such as {@code "vi"} or {@code "en"}.
     *
     * @param tag the language tag, not null; case is ignored
     * @return the language, never null
     * @throws IllegalArgumentException if the tag is neither {@code vi} nor {@code en}
     */
    public static Language fromTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        switch (tag.trim().toLowerCase(Locale.ROOT)) {
            case "vi":
                return VI;
            case "en":
                return EN;
            default:
                throw new IllegalArgumentException("Unknown language \"" + tag + "\" (expected vi or en)");
        }
    }
}
