package vn.campaign.model;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.internal.Text;
import vn.campaign.text.Graphemes;

/**
 * The number and symbol of a document (số, ký hiệu), such as {@code 457/KH-MTTQ-BTT}.
 *
 * <p>Three styles are in use (Decree 30/2020/NĐ-CP, Appendix I; Law 80/2015/QH13; Party
 * Instruction on Party documents):
 *
 * <ul>
 *   <li>{@linkplain Style#ADMINISTRATIVE administrative}: {@code 457/KH-MTTQ-BTT}, number / type
 *       code - issuer code;
 *   <li>{@linkplain Style#NORMATIVE normative}: {@code 121/2017/TT-BTC}, number / year / type code
 *       - issuer code, or {@code 202/2025/QH15}, number / year / issuer code, without a type;
 *   <li>{@linkplain Style#PARTY Party}: {@code 10-CT/TW}, number - type code / issuer code.
 * </ul>
 *
 * <p>The type code {@code TT} is a normative circular (Thông tư) in a normative number,
 * {@code 121/2017/TT-BTC}, and a Front circular (Thông tri) in an administrative number of the Front,
 * {@code 17/TT-MTTW-BTT}: {@link #isNormativeCircular()}, {@link #isFrontCircular()} and
 * {@link #typeLabels()} tell which.
 *
 * <p>The number keeps the digits as written, leading zeros included ({@code 05/KH-MTTQ-BTT}),
 * because numbering restarts at 01 each year. The issuer code may contain hyphens; when a symbol has
 * hyphens, the part before the first one is the type. An official letter (công văn), whose symbol
 * has no type ({@code 123/MTTQ-BTT}), therefore reads as type {@code MTTQ}, issuer {@code BTT}.
 *
 * <p>{@link #toString()} gives the symbol exactly as written and {@link #parse(CharSequence)} reads
 * it back. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DocumentNumber {

    /** The way a document number is written. This enum is immutable and thread-safe. */
    public enum Style {
        /** An administrative document: {@code 457/KH-MTTQ-BTT}. */
        ADMINISTRATIVE,
        /** A normative (legal) document, with its year: {@code 121/2017/TT-BTC}. */
        NORMATIVE,
        /** A Party document, with a hyphen after the number: {@code 10-CT/TW}. */
        PARTY
    }

    /** The names of a Front circular (Thông tri), whose type code is {@link DocumentType#CIRCULAR}'s. */
    private static final Labels FRONT_CIRCULAR = new Labels("Thông tri", "Front circular");
    /** The first part of the issuer codes of the Front's committees: central, and province to commune. */
    private static final Set<String> FRONT_ISSUERS = Set.of("MTTW", "MTTQ");
    private static final String EXPECTED = "expected like 457/KH-MTTQ-BTT, 121/2017/TT-BTC or 10-CT/TW";
    private static final String TYPE = "\\p{L}[\\p{L}\\p{N}]*";
    private static final String CODE = "[\\p{L}\\p{N}]+";
    private static final String ISSUER = CODE + "(?:-" + CODE + ")*";
    private static final Pattern TYPE_PATTERN = Pattern.compile(TYPE);
    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
    private static final Pattern ISSUER_PATTERN = Pattern.compile(ISSUER);
    private static final Pattern NUMBER_PATTERN = Pattern.compile("[0-9]{1,6}");
    private static final Pattern ADMINISTRATIVE_PATTERN =
            Pattern.compile("([0-9]+)/(" + TYPE + ")-(" + ISSUER + ")");
    private static final Pattern NORMATIVE_PATTERN =
            Pattern.compile("([0-9]+)/([0-9]{4})/(?:(" + TYPE + ")-)?(" + ISSUER + ")");
    private static final Pattern PARTY_PATTERN =
            Pattern.compile("([0-9]+)-(" + TYPE + ")/(" + ISSUER + ")");
    private static final Pattern MISSING_ISSUER_PATTERN =
            Pattern.compile("[0-9]+/(?:[0-9]{4}/)?" + TYPE + "-?|[0-9]+-" + TYPE + "/?");
    private static final Pattern SPACE_PATTERN = Pattern.compile("[\\s\\p{Z}]");
    /**
     * The longest document number read, in characters: far above any real one (the longest joint
     * numbers are about 40), and the bound that keeps the patterns above, whose repeated issuer parts
     * recurse once per part in the JDK's engine, from running out of stack on a hostile text.
     */
    public static final int MAX_LENGTH = 100;
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 9999;

    private final Style style;
    private final String number;
    private final int year;
    private final DocumentType type;
    private final String issuerCode;

    private DocumentNumber(Style style, String number, int year, DocumentType type, String issuerCode) {
        this.style = style;
        this.number = number;
        this.year = year;
        this.type = type;
        this.issuerCode = issuerCode;
    }

    /**
     * Returns the number of an administrative document, such as {@code 457/KH-MTTQ-BTT}.
     *
     * @param number the number as written, not null; 1 to 6 ASCII digits, not all zeros
     * @param type the type of the document, not null; its code a letter followed by letters and
     *     digits
     * @param issuerCode the issuer code, not null; letters and digits in parts joined by single
     *     hyphens, such as {@code MTTQ-BTT}; NFC-normalised
     * @return the document number, never null
     * @throws IllegalArgumentException if a part is not valid
     */
    public static DocumentNumber administrative(String number, DocumentType type, String issuerCode) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuerCode, "issuerCode");
        return new DocumentNumber(Style.ADMINISTRATIVE, checkNumber(number), 0, checkType(type),
                checkIssuer(issuerCode));
    }

    /**
     * Returns the number of a normative document with a type, such as {@code 121/2017/TT-BTC}.
     *
     * @param number the number as written, not null; 1 to 6 ASCII digits, not all zeros
     * @param year the year of issue, from 1000 to 9999
     * @param type the type of the document, not null; its code a letter followed by letters and
     *     digits
     * @param issuerCode the issuer code, not null; letters and digits in parts joined by single
     *     hyphens, such as {@code BTC-BTP}; NFC-normalised
     * @return the document number, never null
     * @throws IllegalArgumentException if a part is not valid
     */
    public static DocumentNumber normative(String number, int year, DocumentType type, String issuerCode) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuerCode, "issuerCode");
        return new DocumentNumber(Style.NORMATIVE, checkNumber(number), checkYear(year), checkType(type),
                checkIssuer(issuerCode));
    }

    /**
     * Returns the number of a normative document without a type, such as {@code 202/2025/QH15}
     * (laws and resolutions of the National Assembly).
     *
     * @param number the number as written, not null; 1 to 6 ASCII digits, not all zeros
     * @param year the year of issue, from 1000 to 9999
     * @param issuerCode the issuer code, not null; letters and digits only, without hyphens (a
     *     hyphen would make the first part read as a type); NFC-normalised
     * @return the document number, never null
     * @throws IllegalArgumentException if a part is not valid
     */
    public static DocumentNumber normative(String number, int year, String issuerCode) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuerCode, "issuerCode");
        String issuer = Text.nfc(issuerCode);
        if (issuer.length() > MAX_LENGTH || !CODE_PATTERN.matcher(issuer).matches()) {
            throw new IllegalArgumentException("Not an issuer code for a normative document without type: \""
                    + Graphemes.shorten(issuerCode, MAX_LENGTH, "…")
                    + "\" (expected letters and digits only, like QH15)");
        }
        return new DocumentNumber(Style.NORMATIVE, checkNumber(number), checkYear(year), null, issuer);
    }

    /**
     * Returns the number of a Party document, such as {@code 10-CT/TW}.
     *
     * @param number the number as written, not null; 1 to 6 ASCII digits, not all zeros
     * @param type the type of the document, not null; its code a letter followed by letters and
     *     digits
     * @param issuerCode the issuer code, not null; letters and digits in parts joined by single
     *     hyphens, such as {@code TW}; NFC-normalised
     * @return the document number, never null
     * @throws IllegalArgumentException if a part is not valid
     */
    public static DocumentNumber party(String number, DocumentType type, String issuerCode) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuerCode, "issuerCode");
        return new DocumentNumber(Style.PARTY, checkNumber(number), 0, checkType(type), checkIssuer(issuerCode));
    }

    /**
     * Reads a document number written in one of the three styles.
     *
     * <p>The text is trimmed and NFC-normalised, and must then be exactly the number and symbol: no
     * {@code "Số"} prefix, no spaces inside. Type codes are matched with {@link DocumentType#of}.
     *
     * @param text the text to read, not null
     * @return the document number, never null
     * @throws IllegalArgumentException if the text is not a document number; the message quotes the
     *     text and says what is wrong
     */
    public static DocumentNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > 4 * MAX_LENGTH) {
            throw invalid(text, "longer than " + MAX_LENGTH + " characters");
        }
        String input = Text.nfc(text.toString()).strip();
        if (input.isEmpty()) {
            throw invalid(text, "empty");
        }
        if (input.length() > MAX_LENGTH) {
            throw invalid(text, "longer than " + MAX_LENGTH + " characters");
        }
        if (SPACE_PATTERN.matcher(input).find()) {
            throw invalid(text, "contains a space");
        }
        Matcher m = NORMATIVE_PATTERN.matcher(input);
        if (m.matches()) {
            String number = parseNumber(text, m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (year < MIN_YEAR) {
                throw invalid(text, "the year must be from " + MIN_YEAR + " to " + MAX_YEAR);
            }
            DocumentType type = m.group(3) == null ? null : DocumentType.of(m.group(3));
            return new DocumentNumber(Style.NORMATIVE, number, year, type, m.group(4));
        }
        m = ADMINISTRATIVE_PATTERN.matcher(input);
        if (m.matches()) {
            return new DocumentNumber(Style.ADMINISTRATIVE, parseNumber(text, m.group(1)), 0,
                    DocumentType.of(m.group(2)), m.group(3));
        }
        m = PARTY_PATTERN.matcher(input);
        if (m.matches()) {
            return new DocumentNumber(Style.PARTY, parseNumber(text, m.group(1)), 0,
                    DocumentType.of(m.group(2)), m.group(3));
        }
        if (MISSING_ISSUER_PATTERN.matcher(input).matches()) {
            throw invalid(text, "missing the issuer code");
        }
        throw invalid(text, null);
    }

    private static String parseNumber(CharSequence text, String digits) {
        if (!isValidNumber(digits)) {
            throw invalid(text, "the number must be 1 to 6 digits, not all zeros");
        }
        return digits;
    }

    private static IllegalArgumentException invalid(CharSequence text, String reason) {
        String quoted = text.length() > MAX_LENGTH
                ? Graphemes.shorten(text.toString(), MAX_LENGTH, "…") : text.toString();
        return new IllegalArgumentException("Not a document number: \"" + quoted + "\" ("
                + (reason == null ? "" : reason + "; ") + EXPECTED + ")");
    }

    private static boolean isValidNumber(String digits) {
        return NUMBER_PATTERN.matcher(digits).matches() && !digits.chars().allMatch(c -> c == '0');
    }

    private static String checkNumber(String number) {
        if (!isValidNumber(number)) {
            throw new IllegalArgumentException(
                    "Not a document number: \"" + number + "\" (expected 1 to 6 digits, not all zeros)");
        }
        return number;
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Year " + year + " is out of range (expected " + MIN_YEAR + " to " + MAX_YEAR + ")");
        }
        return year;
    }

    private static DocumentType checkType(DocumentType type) {
        if (!TYPE_PATTERN.matcher(type.code()).matches()) {
            throw new IllegalArgumentException("Document type \"" + type.code()
                    + "\" cannot be written in a document number (expected a letter then letters and digits)");
        }
        return type;
    }

    private static String checkIssuer(String issuerCode) {
        String issuer = Text.nfc(issuerCode);
        if (issuer.length() > MAX_LENGTH || !ISSUER_PATTERN.matcher(issuer).matches()) {
            throw new IllegalArgumentException("Not an issuer code: \""
                    + Graphemes.shorten(issuerCode, MAX_LENGTH, "…") + "\" (expected letters and digits in parts joined by hyphens, like MTTQ-BTT)");
        }
        return issuer;
    }

    /**
     * Returns the style in which this number is written.
     *
     * @return the style, never null
     */
    public Style style() {
        return style;
    }

    /**
     * Returns the number as written, leading zeros included: {@code "05"} for {@code 05/KH-MTTQ-BTT}.
     *
     * @return 1 to 6 ASCII digits, never null
     */
    public String number() {
        return number;
    }

    /**
     * Returns the value of the number: 5 for {@code 05/KH-MTTQ-BTT}.
     *
     * @return the number, from 1 to 999999
     */
    public int numberValue() {
        return Integer.parseInt(number);
    }

    /**
     * Returns the year written in a normative document number: 2017 for {@code 121/2017/TT-BTC}.
     *
     * @return the year, present only for the {@link Style#NORMATIVE} style
     */
    public OptionalInt year() {
        return style == Style.NORMATIVE ? OptionalInt.of(year) : OptionalInt.empty();
    }

    /**
     * Returns the type of the document: {@link DocumentType#PLAN} for {@code 457/KH-MTTQ-BTT}.
     *
     * @return the type, empty only for a normative document without type such as {@code 202/2025/QH15}
     */
    public Optional<DocumentType> type() {
        return Optional.ofNullable(type);
    }

    /**
     * Returns whether this is the number of a Front circular (Thông tri): an administrative number,
     * without year, of type code {@code TT}, from a committee of the Front (an issuer code starting
     * with {@code MTTW}, the central committee, or {@code MTTQ}, a local one), such as
     * {@code 17/TT-MTTW-BTT}, the Thông tri of the central Standing Committee of 3/4/2015. A Thông tri
     * is an administrative document of guidance, not a normative circular (Thông tư), which is always
     * numbered with its year and issued by a ministry ({@code docs/legal-sources.md} §9; the example
     * found is central, that a local Front's {@code TT} is also a Thông tri is inferred).
     *
     * @return true for a Front circular
     */
    public boolean isFrontCircular() {
        int hyphen = issuerCode.indexOf('-');
        String first = hyphen < 0 ? issuerCode : issuerCode.substring(0, hyphen);
        return style == Style.ADMINISTRATIVE && DocumentType.CIRCULAR.equals(type)
                && FRONT_ISSUERS.contains(first.toUpperCase(Locale.ROOT));
    }

    /**
     * Returns whether this is the number of a normative circular (Thông tư): a normative number, with
     * its year, of type code {@code TT}, such as {@code 121/2017/TT-BTC}.
     *
     * @return true for a normative circular
     */
    public boolean isNormativeCircular() {
        return style == Style.NORMATIVE && DocumentType.CIRCULAR.equals(type);
    }

    /**
     * Returns the names of the type of the document this number names, as the number shows it: those of
     * {@link #type()}, except for a {@linkplain #isFrontCircular() Front circular}, which is a
     * "Thông tri" ("Front circular") although its type code is {@link DocumentType#CIRCULAR}'s.
     *
     * @return the labels, empty only for a normative document without type such as {@code 72/2025/QH15}
     */
    public Optional<Labels> typeLabels() {
        return isFrontCircular() ? Optional.of(FRONT_CIRCULAR) : type().map(DocumentType::labels);
    }

    /**
     * Returns the issuer code: {@code "MTTQ-BTT"} for {@code 457/KH-MTTQ-BTT}, {@code "TW"} for
     * {@code 10-CT/TW}.
     *
     * @return the NFC-normalised issuer code, never null or blank
     */
    public String issuerCode() {
        return issuerCode;
    }

    /**
     * Returns the symbol (ký hiệu), the part after the number and its separator: {@code "KH-MTTQ-BTT"}
     * for {@code 457/KH-MTTQ-BTT}, {@code "2017/TT-BTC"} for {@code 121/2017/TT-BTC}, {@code "CT/TW"}
     * for {@code 10-CT/TW}.
     *
     * @return the symbol, never null or blank
     */
    public String symbol() {
        switch (style) {
            case NORMATIVE:
                return year + "/" + (type == null ? "" : type.code() + "-") + issuerCode;
            case PARTY:
                return type.code() + "/" + issuerCode;
            default:
                return type.code() + "-" + issuerCode;
        }
    }

    /**
     * Returns the key of the document this number names, the same however the number is typed: the
     * number without leading zeros, the year, the type code and the issuer code in upper case with
     * "Đ" as "D". So {@code 5/KH-MTTQ-BTT} and {@code 05/KH-MTTQ-BTT} have the same key, and
     * {@code 12/QĐ-MTTQ-BTT} and {@code 12/QD-mttq-btt} too; two different documents never do. Use it to
     * find the document a citation names; {@link #equals(Object)} compares the number as written.
     *
     * @return the key, never null
     */
    public String identityKey() {
        int start = 0;
        while (start < number.length() - 1 && number.charAt(start) == '0') {
            start++;
        }
        StringBuilder key = new StringBuilder(24).append(number, start, number.length())
                .append(style == Style.PARTY ? '-' : '/').append(symbol());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            key.setCharAt(i, c == 'Đ' || c == 'đ' ? 'D' : Character.toUpperCase(c));
        }
        return key.toString();
    }

    /**
     * Returns whether this number and another name the same document: equal
     * {@link #identityKey() identity keys}.
     *
     * @param other the other number, not null
     * @return true if both name the same document
     */
    public boolean sameDocument(DocumentNumber other) {
        Objects.requireNonNull(other, "other");
        return equals(other) || identityKey().equals(other.identityKey());
    }

    /**
     * Compares this number with another object: equal when style, number as written, year, type and
     * issuer code are all equal.
     *
     * @param other the object to compare with, may be null
     * @return true if the other object is an equal document number
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof DocumentNumber)) {
            return false;
        }
        DocumentNumber that = (DocumentNumber) other;
        return style == that.style
                && year == that.year
                && number.equals(that.number)
                && Objects.equals(type, that.type)
                && issuerCode.equals(that.issuerCode);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(style, number, year, type, issuerCode);
    }

    /**
     * Returns the number and symbol as written, such as {@code "457/KH-MTTQ-BTT"};
     * {@link #parse(CharSequence)} gives this number back.
     *
     * @return the number and symbol, never null
     */
    @Override
    public String toString() {
        return number + (style == Style.PARTY ? "-" : "/") + symbol();
    }
}
