package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Money;
import vn.campaign.model.SigningAuthority;

/**
 * Reads the values that are not objects: strings, booleans, numbers, dates, codes, amounts and
 * arrays of any of them. Each method starts with the parser on the value and leaves it on the
 * value's last token. Stateless and thread-safe.
 */
final class ValueReaders {


    private ValueReaders() {
    }

    /** Reads one value; the parser is on its first token and is left on its last. */
    @FunctionalInterface
    interface Item<T> {
        /**
         * Reads the value.
         *
         * @param in the input, on the value's first token
         * @return the value, never null
         * @throws IOException a {@link PlanInputException}, or an error of the parser
         */
        T read(JsonInput in) throws IOException;
    }

    /**
     * Reads an array, each element with {@code item}, into an unmodifiable list, which the model's
     * constructors keep as it is rather than copy. The elements are gathered in a buffer of the
     * input, one per level of nesting, reused from array to array; the list is made from it once.
     */
    static <T> List<T> list(JsonInput in, Item<T> item) throws IOException {
        JsonParser p = in.parser;
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw ReadErrors.wrongType(in, "an array");
        }
        int level = in.arrayDepth++;
        if (level == in.elements.length) {
            in.elements = Arrays.copyOf(in.elements, level * 2);
        }
        Object[] buffer = in.elements[level];
        if (buffer == null) {
            buffer = new Object[16];
            in.elements[level] = buffer;
        }
        for (int i = 0; ; i++) {
            // The index is entered before the token is read, so that a syntax error names the element.
            in.path.push(List.class, i);
            if (p.nextToken() == JsonToken.END_ARRAY) {
                in.path.pop();
                in.arrayDepth--;
                return collect(buffer, i);
            }
            if (i == in.maxCollectionSize) {
                throw ReadErrors.tooMany(in, "elements", p.currentTokenLocation());
            }
            T value = item.read(in);
            if (i == buffer.length) {
                buffer = Arrays.copyOf(buffer, i * 2);
                in.elements[level] = buffer;
            }
            buffer[i] = value;
            in.path.pop();
        }
    }

    /** The first {@code n} elements of a buffer as an unmodifiable list; the buffer is cleared. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> collect(Object[] buffer, int n) {
        List<T> list;
        switch (n) {
            case 0:
                return List.of();
            case 1:
                list = List.of((T) buffer[0]);
                break;
            case 2:
                list = List.of((T) buffer[0], (T) buffer[1]);
                break;
            default:
                list = (List<T>) List.of(Arrays.copyOf(buffer, n));
                break;
        }
        Arrays.fill(buffer, 0, n, null);
        return list;
    }

    /** Reads a string, which must be Unicode text. */
    static String text(JsonInput in) throws IOException {
        JsonParser p = in.parser;
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw ReadErrors.wrongType(in, "a string");
        }
        String text = p.getText();
        in.checkUnicode(text, "the string");
        return text;
    }

    /** Reads {@code true} or {@code false}. */
    static boolean bool(JsonInput in) throws IOException {
        JsonToken token = in.parser.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw ReadErrors.wrongType(in, "a boolean");
    }

    /** Reads a whole number that fits in an {@code int}. */
    static Integer integer(JsonInput in) throws IOException {
        JsonParser p = in.parser;
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw ReadErrors.fail(in, ReadErrorCode.INVALID_VALUE, "the number " + ReadErrors.quote(p.getText())
                        + " is too large", p.currentTokenLocation());
            }
            return p.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_VALUE, "expected a whole number, found "
                    + ReadErrors.quote(p.getText()), p.currentTokenLocation());
        }
        throw ReadErrors.wrongType(in, "a number");
    }

    /** Reads a date, a string {@code yyyy-MM-dd} that is a day of the calendar. */
    static LocalDate date(JsonInput in) throws IOException {
        String text = text(in);
        if (!isDateShaped(text)) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_DATE, "expected a date as yyyy-MM-dd, found "
                    + ReadErrors.quote(text), in.parser.currentTokenLocation());
        }
        try {
            // The digits read as they stand: what LocalDate.parse would do, without its formatter's
            // parse context and maps, which cost more than the rest of a date's read.
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_DATE, ReadErrors.quote(text)
                    + " is not a day of the calendar", in.parser.currentTokenLocation()).because(e);
        }
    }

    /** Whether a text is four ASCII digits, a hyphen, two digits, a hyphen and two digits. */
    static boolean isDateShaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** Reads a constant of a code list, written as its name. */
    static <E extends Enum<E>> E code(JsonInput in, Class<E> type) throws IOException {
        JsonParser p = in.parser;
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            // A known code from the parser's characters, without a String; anything else (not a
            // string, not a code) goes the long way below, to its error.
            E known = CodeTable.of(type).find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (known != null) {
                return known;
            }
        }
        String code = text(in);
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            Class<?> outer = type.getEnclosingClass();
            String list = outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
            throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_CODE, ReadErrors.quote(code) + " is not a code of "
                    + list, in.parser.currentTokenLocation());
        }
    }

    /** Reads a signing authority, the one code list whose codes are not its constant names. */
    static SigningAuthority signingAuthority(JsonInput in) throws IOException {
        String code = text(in);
        Optional<SigningAuthority> authority = SigningAuthority.fromCode(code);
        if (authority.isEmpty()) {
            throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_CODE, ReadErrors.quote(code)
                    + " is not a code of SigningAuthority", in.parser.currentTokenLocation());
        }
        return authority.get();
    }

    /** Reads a document type, a string such as {@code "KH"}. */
    static DocumentType documentType(JsonInput in) throws IOException {
        String code = text(in);
        try {
            return DocumentType.of(code);
        } catch (IllegalArgumentException e) {
            throw ReadErrors.refused(in, e, in.parser.currentTokenLocation());
        }
    }

    /** Reads a document number, a string such as {@code "457/KH-MTTQ-BTT"}. */
    static DocumentNumber documentNumber(JsonInput in) throws IOException {
        String number = text(in);
        try {
            return DocumentNumber.parse(number);
        } catch (IllegalArgumentException e) {
            throw ReadErrors.refused(in, e, in.parser.currentTokenLocation());
        }
    }

    /** Reads an amount of money: a JSON integer of đồng that fits in a {@code long}. */
    static Money money(JsonInput in) throws IOException {
        JsonParser p = in.parser;
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw ReadErrors.fail(in, ReadErrorCode.INVALID_VALUE, "the amount " + ReadErrors.quote(p.getText())
                        + " does not fit in a long (at most 9223372036854775807 đồng)", p.currentTokenLocation());
            }
            return Money.vnd(p.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_VALUE, "an amount is a whole number of đồng, without"
                    + " fraction or exponent; found " + ReadErrors.quote(p.getText()), p.currentTokenLocation());
        }
        throw ReadErrors.wrongType(in, "a number");
    }
}
