package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.text.Graphemes;
import java.text.Normalizer;

/**
 * What the reader says when the input is wrong: the {@link PlanInputException}s it throws and the
 * text of their details.
 *
 * <p>Details are one line of English; a value of the document is quoted at most 40 characters long,
 * and control and line-separator characters are escaped, so that a hostile document cannot forge
 * lines in a log. Stateless and thread-safe.
 */
public final class ReadErrors {

    private static final int QUOTE_LIMIT = 40;
    private static final int DETAIL_LIMIT = 200;

    private ReadErrors() {
    }

    /** A failure at a location, pointing at the current path. */
    static PlanInputException fail(JsonInput in, ReadErrorCode code, String detail, JsonLocation location) {
        return new PlanInputException(in.parser, code, detail, location, in.path, null, null);
    }

    /** A failure at a location, pointing at a member of the current path's object. */
    static PlanInputException fail(JsonInput in, ReadErrorCode code, String detail, JsonLocation location,
            Class<?> owner, String member) {
        return new PlanInputException(in.parser, code, detail, location, in.path, owner, member);
    }

    /** An array or object with more entries than {@link JsonInput#maxCollectionSize} allows. */
    static PlanInputException tooMany(JsonInput in, String what, JsonLocation location) {
        return fail(in, ReadErrorCode.LIMIT_EXCEEDED, "more than " + in.maxCollectionSize + " " + what
                + " in one " + (what.equals("members") ? "object" : "array")
                + " (ReadLimits.maxCollectionSize())", location);
    }

    /** The current token is not of the JSON type expected. */
    static PlanInputException wrongType(JsonInput in, String expected) {
        return fail(in, ReadErrorCode.WRONG_TYPE, "expected " + expected + ", found "
                + describe(in.parser.currentToken()), in.parser.currentTokenLocation());
    }

    /** The model refused a value; its message is the detail, its exception the cause. */
    static PlanInputException refused(JsonInput in, RuntimeException e, JsonLocation location) {
        String reason = e instanceof NullPointerException
                ? "a required value is missing (" + e.getMessage() + ")"
                : e.getMessage();
        return fail(in, ReadErrorCode.INVALID_VALUE, sanitize(reason), location).because(e);
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    /**
     * Returns a value as a JSON string for a message: escaped, on one line, cut after 40 characters.
     *
     * @param value the value, not null
     * @return the quoted value
     */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 8).append('"');
        int end = cutAt(value, QUOTE_LIMIT);
        for (int i = 0; i < end; i += Character.charCount(value.codePointAt(i))) {
            int c = value.codePointAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else {
                appendVisible(quoted, c);
            }
        }
        return quoted.append(end < value.length() ? "…\"" : "\"").toString();
    }

    /**
     * Returns a message on one line: control and line-separator characters escaped, cut after 200
     * characters.
     *
     * @param message the message, may be null
     * @return the one-line message, never null
     */
    public static String sanitize(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(message.length(), DETAIL_LIMIT) + 8);
        int end = cutAt(message, DETAIL_LIMIT);
        for (int i = 0; i < end; i += Character.charCount(message.codePointAt(i))) {
            appendVisible(line, message.codePointAt(i));
        }
        return end < message.length() ? line.append('…').toString() : line.toString();
    }

    /**
     * Where a text is cut to at most {@code limit} code points: its length when it is short enough,
     * else the last grapheme boundary before the limit, so that no surrogate pair or combining
     * sequence is split.
     */
    private static int cutAt(String text, int limit) {
        if (text.length() <= limit || text.codePointCount(0, text.length()) <= limit) {
            return text.length();
        }
        return Graphemes.boundary(text, text.offsetByCodePoints(0, limit));
    }

    private static void appendVisible(StringBuilder text, int c) {
        if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c <= 0xffff && Character.isSurrogate((char) c)) {
            text.append(String.format("\\u%04x", c));
        } else {
            text.appendCodePoint(c);
        }
    }

    /**
     * Returns a member name as the model keeps it, in NFC: the name itself when every character is
     * below U+0300 (the usual ASCII names cost one scan), else its normal form.
     *
     * @param name the name as written, not null
     * @return the NFC form
     */
    static String nfcName(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= '\u0300') {
                return Normalizer.normalize(name, Normalizer.Form.NFC);
            }
        }
        return name;
    }

    /**
     * The failure for a member name equal in NFC to an earlier one of the same object.
     *
     * @param in the input
     * @param name the name as written
     * @param location where the name is
     * @return the failure
     */
    static PlanInputException equivalentMember(JsonInput in, String name, JsonLocation location) {
        return fail(in, ReadErrorCode.EQUIVALENT_MEMBER, "the member " + quote(name)
                + " is an earlier member's name in NFC", location);
    }
}
