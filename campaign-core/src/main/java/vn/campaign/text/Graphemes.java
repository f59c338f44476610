package vn.campaign.text;

import java.text.BreakIterator;
import java.util.Objects;

/**
 * Shortens text between grapheme clusters (user-perceived characters, as {@link
 * BreakIterator#getCharacterInstance()} finds them): never inside a surrogate pair (an emoji, a rare
 * Han character) nor between a letter and its combining marks (Vietnamese typed or pasted in NFD,
 * "e" + U+0302 + U+0301 for "ế"). Every place of the SDK that cuts a user's text for a message, a
 * label, a file or a preview cuts here. The clusters are the JDK's: on JDK 17 an emoji and its skin-tone
 * modifier or a ZWJ sequence may be two clusters (later JDKs follow Unicode's extended clusters), but a
 * surrogate pair and a letter with its combining marks are always one.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Graphemes {

    private Graphemes() {
    }

    /**
     * Returns the longest start of a text that has at most {@code maxLength} UTF-16 characters and
     * ends between two grapheme clusters; the text itself when it is short enough.
     *
     * @param text the text, not null
     * @param maxLength the most UTF-16 characters to keep, at least 0
     * @return the start of the text, never null; empty when the first cluster is longer than {@code
     *     maxLength}
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public static String cut(String text, int maxLength) {
        return text.substring(0, boundary(text, maxLength));
    }

    /**
     * Returns the index at which {@link #cut(String, int)} cuts: the greatest grapheme boundary at most
     * {@code maxLength}, or the text's length when it is short enough.
     *
     * @param text the text, not null
     * @param maxLength the most UTF-16 characters to keep, at least 0
     * @return the index, from 0 to {@code min(maxLength, text.length())}
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public static int boundary(CharSequence text, int maxLength) {
        Objects.requireNonNull(text, "text");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative: " + maxLength);
        }
        if (text.length() <= maxLength) {
            return text.length();
        }
        if (maxLength == 0) {
            return 0;
        }
        // The break iterator looks only near the offset; a window around it keeps the cost independent
        // of the text's length (no cluster of real text is anywhere near 64 characters long).
        int from = Math.max(0, maxLength - 64);
        int to = Math.min(text.length(), maxLength + 64);
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text.subSequence(from, to).toString());
        int local = maxLength - from;
        int cut = clusters.isBoundary(local) ? local : clusters.preceding(local);
        if (cut == BreakIterator.DONE || cut == 0 && from > 0) {
            return from;
        }
        return from + cut;
    }

    /**
     * Returns the longest end of a text that has at most {@code maxLength} UTF-16 characters and starts
     * between two grapheme clusters; the text itself when it is short enough.
     *
     * @param text the text, not null
     * @param maxLength the most UTF-16 characters to keep, at least 0
     * @return the end of the text, never null
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public static String last(String text, int maxLength) {
        Objects.requireNonNull(text, "text");
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative: " + maxLength);
        }
        if (text.length() <= maxLength) {
            return text;
        }
        int start = text.length() - maxLength;
        int from = Math.max(0, start - 64);
        int to = Math.min(text.length(), start + 64);
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(text.substring(from, to));
        int local = start - from;
        int cut = clusters.isBoundary(local) ? local : clusters.following(local);
        return cut == BreakIterator.DONE || from + cut >= to && to < text.length() ? "" : text.substring(from + cut);
    }

    /**
     * Returns a text shortened to at most {@code maxLength} UTF-16 characters with a mark: the text
     * itself when it is short enough, else its start {@linkplain #cut(String, int) cut between
     * clusters} to leave room for the mark, followed by the mark ("…").
     *
     * @param text the text, not null
     * @param maxLength the most UTF-16 characters of the result, mark included; at least the mark's
     *     length
     * @param mark what marks a text shortened, such as "…"; not null
     * @return the text or its shortened form, never null
     * @throws IllegalArgumentException if {@code maxLength} is shorter than the mark
     */
    public static String shorten(String text, int maxLength, String mark) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mark, "mark");
        if (maxLength < mark.length()) {
            throw new IllegalArgumentException("maxLength must be at least the mark's length: " + maxLength);
        }
        if (text.length() <= maxLength) {
            return text;
        }
        return cut(text, maxLength - mark.length()) + mark;
    }
}
