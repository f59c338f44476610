package vn.campaign.importer.internal;

import java.text.Normalizer;
import java.util.Locale;
import vn.campaign.text.Graphemes;

/**
 * Folds Vietnamese text for matching: lower case, diacritics removed, đ read as d, one character for
 * each character of the NFC input, so that an offset found in the folded text is the same offset in
 * the original. Not part of the API.
 */
final class Fold {

    private Fold() {
    }

    /**
     * Returns the folded form of an NFC text, of the same length.
     *
     * @param text NFC text, not null
     * @return the folded text
     */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                folded.append(Character.toLowerCase(c));
            } else if (c == 'đ' || c == 'Đ') {
                folded.append('d');
            } else if (Character.isSurrogate(c)) {
                folded.append(c);
            } else {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                char base = decomposed.charAt(0);
                folded.append(Character.getType(base) == Character.NON_SPACING_MARK ? ' '
                        : Character.toLowerCase(base));
            }
        }
        return folded.toString();
    }

    /**
     * Returns the folded form of the text just before an index: at most {@code length} characters,
     * from no earlier than {@code from}, starting between two grapheme clusters (never on the second
     * half of a surrogate pair or on a combining mark). For the look-back checks of the importer
     * ("is 'Cuộc vận động' just before this quotation?"); the window is bounded, so a check costs the
     * same however long the text.
     *
     * @param text NFC text, not null
     * @param from the earliest index the window may start at, a cluster boundary
     * @param end the index the window ends at
     * @param length the most characters of the window
     * @return the folded window, never null
     */
    static String foldedBefore(String text, int from, int end, int length) {
        return fold(Graphemes.last(text.substring(Math.max(from, end - 2 * length), end), length));
    }

    /**
     * Returns an ASCII slug for an id: folded, letters and digits kept, other runs made one '-'.
     *
     * @param text NFC text, not null
     * @param max the greatest length
     * @return the slug, possibly empty
     */
    static String slug(String text, int max) {
        String folded = fold(text).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < folded.length() && slug.length() < max; i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.toString();
    }

    /**
     * Returns a text without the characters of a set at its end: {@code stripTrailing("a.;", ";.")} is
     * "a". In one pass from the end, so linear; the regular expression {@code [;.]+$} this replaces
     * is quadratic on a long run of those characters followed by another.
     *
     * @param text the text, not null
     * @param chars the characters to strip, not null
     * @return the text without them at its end
     */
    static String stripTrailing(String text, String chars) {
        int end = text.length();
        while (end > 0 && chars.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Returns a text without its last character when that is one of a set.
     *
     * @param text the text, not null
     * @param chars the characters to strip, not null
     * @return the text without one of them at its end
     */
    static String stripOne(String text, String chars) {
        return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0
                ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * Returns the text with its first letter in upper case.
     *
     * @param text the text, not null
     * @return the text, capitalised
     */
    static String capitalise(String text) {
        if (text.isEmpty() || Character.isUpperCase(text.charAt(0))) {
            return text;
        }
        return text.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + text.substring(1);
    }
}
