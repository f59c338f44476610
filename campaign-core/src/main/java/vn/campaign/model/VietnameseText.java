package vn.campaign.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Compares Vietnamese names the way a reader does, not byte by byte.
 *
 * <p>The same name reaches a plan in several spellings: precomposed or decomposed (NFC or NFD, as
 * some keyboards type it), with the tone mark on either vowel of "oa", "oe", "uy" ("Uỷ ban" in the
 * older placement, "Ủy ban" in the newer; both are found in official documents), in another
 * letter case, or with extra spaces. {@link #nameKey(String)} maps all
 * of these to one key; {@link #sameName(String, String)} compares keys. Other diacritics
 * (circumflex, breve, horn, the bar of đ) are kept: "Ban" and "Bần" are different names.
 *
 * <p>The validator uses it where it compares names (recipients, {@code DUPLICATE_RECIPIENT}); ids
 * are compared exactly. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * Returns the key of a name: each word with its tone mark moved to the end of the word, in lower
     * case, words joined by one space, in NFC.
     *
     * @param name the name, not null
     * @return the key, never null; equal keys mean the same name
     * @throws NullPointerException if {@code name} is null
     */
    public static String nameKey(String name) {
        Objects.requireNonNull(name, "name");
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(decomposed.length());
        StringBuilder word = new StringBuilder();
        char tone = 0;
        for (int i = 0; i <= decomposed.length(); i++) {
            char c = i < decomposed.length() ? decomposed.charAt(i) : ' ';
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (word.length() > 0) {
                    if (key.length() > 0) {
                        key.append(' ');
                    }
                    key.append(word);
                    if (tone != 0) {
                        key.append(tone);
                    }
                    word.setLength(0);
                    tone = 0;
                }
            } else if (isTone(c)) {
                tone = c;
            } else {
                word.append(c);
            }
        }
        return Normalizer.normalize(key, Normalizer.Form.NFC);
    }

    /**
     * Returns whether two texts are the same name: equal {@link #nameKey(String) keys}. So
     * {@code sameName("Uỷ ban", "Ủy ban")} and {@code sameName("Ban  Thường trực", "ban thường trực")}
     * are true, {@code sameName("Ban", "Bần")} is false.
     *
     * @param a a name, not null
     * @param b another name, not null
     * @return true if they are the same name
     * @throws NullPointerException if either is null
     */
    public static boolean sameName(String a, String b) {
        return nameKey(a).equals(nameKey(b));
    }

    /** The five tone marks of Vietnamese as combining characters: huyền, sắc, ngã, hỏi, nặng. */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}
