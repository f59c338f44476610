package vn.campaign.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;

/**
 * A document that is not a plan in the JSON format: the one exception of {@link PlanJson}'s
 * readers.
 *
 * <p>It says what is wrong with a stable {@linkplain #code() code} (one of the constants of this
 * class, each documented with an example in {@code docs/json-format.md}), and where: the
 * {@linkplain #line() line} and {@linkplain #column() column} in the text and the JSON
 * {@linkplain #pointer() Pointer} of the offending value. Its message is one line:
 *
 * <pre>line 12, column 18 at /sections/0/number: expected a string, found a number</pre>
 *
 * <p>The message is in English and quotes at most 40 characters of the document; it is for logs
 * and people, the code and pointer are for programs. Immutable once thrown.
 */
public class PlanReadException extends IOException {

    /** Not JSON: a syntax error, truncated or empty input, content after the plan, bytes that are not UTF-8. */
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    /** A value of the wrong JSON type: a number where a string is expected, an array for an object, null. */
    public static final String WRONG_TYPE = "WRONG_TYPE";
    /** A required member is absent; the pointer names the member. */
    public static final String MISSING_MEMBER = "MISSING_MEMBER";
    /** A member the format does not define: in strict mode, or in a closed value (period, schedule). */
    public static final String UNKNOWN_MEMBER = "UNKNOWN_MEMBER";
    /** A member name given twice in one object. */
    public static final String DUPLICATE_MEMBER = "DUPLICATE_MEMBER";
    /** A string that is not a constant of its code list, such as an unknown {@code ActorKind}. */
    public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    /** A date that is not written {@code yyyy-MM-dd}, or is not a day of the calendar ({@code 2024-02-30}). */
    public static final String INVALID_DATE = "INVALID_DATE";
    /** A value the model refuses: a bad document number, quarter 5, an amount with a fraction, a period that ends before it starts. */
    public static final String INVALID_VALUE = "INVALID_VALUE";
    /** A {@code schemaVersion} whose major version this reader does not read. */
    public static final String UNSUPPORTED_VERSION = "UNSUPPORTED_VERSION";
    /** The document exceeds one of the {@link ReadLimits}. */
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";

    private static final long serialVersionUID = 1L;
    private static final int POINTER_LIMIT = 200;

    /** The stable code. */
    private final String code;
    /** The line, from 1. */
    private final int line;
    /** The column, from 1. */
    private final int column;
    /** The JSON Pointer of the offending value. */
    private final String pointer;
    /** What is wrong, without the location. */
    private final String detail;

    /**
     * Creates the exception.
     *
     * @param code the stable code, one of the constants of this class; not null
     * @param detail what is wrong, one line, without the location; not null
     * @param line the line, from 1
     * @param column the column, from 1
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the root; not null
     * @param cause the underlying failure, may be null
     */
    PlanReadException(String code, String detail, int line, int column, String pointer, Throwable cause) {
        super(message(detail, line, column, pointer), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    private static String message(String detail, int line, int column, String pointer) {
        return "line " + line + ", column " + column + (pointer.isEmpty() ? "" : " at " + visible(pointer)) + ": "
                + detail;
    }

    /** Keeps the message on one line and short: member names are the document's text. */
    private static String visible(String pointer) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (text.length() >= POINTER_LIMIT) {
                return text.append('…').toString();
            }
            if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029) {
                text.append(String.format("\\u%04x", (int) c));
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /**
     * Returns the stable code of the problem, one of the constants of this class.
     *
     * @return the code, such as {@code "WRONG_TYPE"}, never null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the line of the offending text, counting from 1. A line ends at LF, CR or CR LF.
     *
     * @return the line, at least 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the offending text, counting Unicode characters (code points) from 1.
     * For a missing member it is the column of the opening brace of the object that lacks it.
     *
     * @return the column, at least 1
     */
    public int column() {
        return column;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the offending value, such as
     * {@code "/sections/0/number"}: the pointer of the missing member for {@link #MISSING_MEMBER},
     * of the member itself for {@link #UNKNOWN_MEMBER} and {@link #DUPLICATE_MEMBER}.
     *
     * @return the pointer, {@code ""} for the document itself, never null
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong, without the location: the message after {@code "line …, column …: "}.
     *
     * @return the detail, one line, never null
     */
    public String detail() {
        return detail;
    }

    /**
     * Returns the problem as a finding, for a report that lists unreadable documents beside the findings
     * of the readable ones: the {@linkplain #code() code}, an {@link Severity#ERROR}, the
     * {@linkplain #pointer() pointer}, the {@linkplain #detail() detail} as the one argument of its
     * message, and the line and column as its context.
     *
     * @return the finding, never null
     */
    public Finding toFinding() {
        PlanPointer at;
        try {
            at = PlanPointer.parse(pointer);
        } catch (IllegalArgumentException e) {
            at = PlanPointer.root(); // every pointer of the reader parses; this only keeps a report whole
        }
        Finding finding = Finding.of(code, Severity.ERROR, at, List.of(detail));
        return line >= 1 && column >= 1 ? finding.atPosition(line, column) : finding;
    }
}
