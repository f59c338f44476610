package vn.campaign.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks and normalisation used by the constructors of the model. Not part of the API.
 *
 * <p>Text enters the model NFC-normalised, so that two spellings of the same Vietnamese word (a
 * precomposed letter or a letter followed by combining marks) compare equal.
 */
public final class Text {

    private Text() {
    }

    /**
     * Returns the NFC form of a string, the same instance when it is already normalised.
     *
     * @param value the string, not null
     * @return the NFC form
     */
    public static String nfc(String value) {
        if (isPlainlyNfc(value)) {
            return value;
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC)
                ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * Whether every character of a text is one that is in NFC whatever surrounds it: below U+0300
     * (where Unicode's NFC quick check answers yes for every character), a precomposed Vietnamese
     * letter of U+1EA0 to U+1EF9, or one of the dashes, quotes and ellipsis of U+2013 to U+2026 that
     * official documents use. None of these is a combining mark or decomposes, so a text of them
     * only is in NFC; any other character sends the text to the JDK's full check. Nearly every text
     * of a plan passes here, which spares the JDK's check and its buffers on every string read.
     */
    static boolean isPlainlyNfc(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c >= '\u0300' && (c < '\u1EA0' || c > '\u1EF9') && c != '\u2013' && c != '\u2014'
                    && c != '\u2018' && c != '\u2019' && c != '\u201C' && c != '\u201D' && c != '\u2026') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks a required text and returns its NFC form.
     *
     * @param value the text
     * @param name the parameter name, for the exception
     * @return the NFC form
     * @throws NullPointerException if {@code value} is null
     */
    public static String text(String value, String name) {
        return nfc(Objects.requireNonNull(value, name));
    }

    /**
     * Checks an optional text and returns it with its value in NFC form.
     *
     * @param value the optional text
     * @param name the parameter name, for the exception
     * @return the normalised optional
     * @throws NullPointerException if {@code value} is null
     */
    public static Optional<String> text(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        return value.isEmpty() || value.get() == nfc(value.get()) ? value : Optional.of(nfc(value.get()));
    }

    /**
     * Returns an unmodifiable NFC copy of a list of texts.
     *
     * @param values the texts
     * @param name the parameter name, for the exception
     * @return the unmodifiable copy
     * @throws NullPointerException if the list or an element is null
     */
    public static List<String> texts(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            // The message is made only when it is needed: a concatenation per element was most of
            // what reading a plan allocated.
            if (value == null) {
                throw new NullPointerException(name + " element");
            }
            copy.add(nfc(value));
        }
        return Collections.unmodifiableList(copy);
    }

    /**
     * Returns an unmodifiable copy of a list, naming the parameter when it or an element is null.
     *
     * @param <T> the element type
     * @param values the list
     * @param name the parameter name, for the exception
     * @return the unmodifiable copy
     * @throws NullPointerException if the list or an element is null
     */
    public static <T> List<T> list(List<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(name + " element");
            }
        }
        return List.copyOf(values);
    }
}
