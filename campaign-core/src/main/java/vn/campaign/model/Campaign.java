package vn.campaign.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.NotBlankText;

/**
 * The campaign a plan carries out, by its name as the plan writes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name, without quotation marks; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
public record Campaign(@NotBlankText String name, Extensions extensions) {

    /**
     * The campaign “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, launched by the
     * Front's Central Committee in November 2015.
     */
    public static final Campaign NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS =
            of("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh");

    /** Checks that nothing is null and normalises the text. */
    public Campaign {
        name = Text.text(name, "name");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns whether this is the same campaign as another: their names are equal but for case,
     * spacing, punctuation and quotation marks ("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị
     * văn minh" and "toàn dân đoàn kết xây dựng nông thôn mới - đô thị văn minh"). Diacritics count:
     * they change Vietnamese words. Extensions do not count.
     *
     * @param other the other campaign, not null
     * @return true if both name the same campaign
     */
    public boolean isSameAs(Campaign other) {
        Objects.requireNonNull(other, "other");
        // The same text has the same key: plans copy their parent's campaign name as it is written.
        return name.equals(other.name) || key(name).equals(key(other.name));
    }

    /** The name in lower case, letters and digits only, words separated by one space. */
    private static String key(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                space = false;
            } else {
                space = true;
            }
        }
        return key.toString();
    }

    /**
     * Returns a campaign with no extensions.
     *
     * @param name the name, not null
     * @return the campaign, never null
     */
    public static Campaign of(String name) {
        return new Campaign(name, Extensions.empty());
    }
}
