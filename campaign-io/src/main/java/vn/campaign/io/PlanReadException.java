package vn.campaign.io;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.io.internal.PlanInputException;
import vn.campaign.io.internal.ReadProblem;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;

/**
 * A document that is not a plan in the JSON format: the one exception of {@link PlanJson}'s
 * readers.
 *
 * <p>It says what is wrong with a stable {@linkplain #errorCode() code} (a {@link ReadErrorCode},
 * each documented with an example in {@code docs/json-format.md}), and where: the
 * {@linkplain #line() line} and {@linkplain #column() column} in the text and the JSON
 * {@linkplain #pointer() Pointer} of the offending value. Its message is one line:
 *
 * <pre>line 12, column 18 at /sections/0/number: expected a string, found a number</pre>
 *
 * <p>The message is in English and quotes at most 40 characters of the document; it is for logs
 * and people, the code and pointer are for programs. Immutable once thrown.
 *
 * @since 0.1
 */
public class PlanReadException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final int POINTER_LIMIT = 200;

    /** The stable code. */
    private final ReadErrorCode code;
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
     * @param code the stable code, not null
     * @param detail what is wrong, one line, without the location; not null
     * @param line the line, from 1
     * @param column the column, from 1
     * @param pointer the JSON Pointer of the offending value, {@code ""} for the root; not null
     * @param cause the underlying failure, may be null
     */
    PlanReadException(ReadErrorCode code, String detail, int line, int column, String pointer, Throwable cause) {
        super(message(detail, line, column, pointer), cause);
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * Finds the read error of the plan format behind a failure of an application's JSON mapper,
     * such as the exception a web framework wraps around the failure of a request body: the first
     * {@code PlanReadException} in the chain of causes, or the error that {@code CampaignModule}
     * (Jackson 2) or the Jackson 3 module raised, as a {@code PlanReadException} with its code,
     * line, column and pointer. Errors of the application's parser itself (syntax, its own limits)
     * met while a plan is read are reported by both modules with {@link ReadErrorCode#MALFORMED_JSON}
     * or {@link ReadErrorCode#LIMIT_EXCEEDED} as {@link PlanJson} does; before the plan's first
     * token (an empty or non-JSON body) they stay Jackson's and are not found here. Columns count
     * code points in both, as {@link PlanJson}'s do.
     *
     * @param failure the failure, not null
     * @return the read error, or empty if the failure has none in its chain
     */
    public static Optional<PlanReadException> find(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        Throwable t = failure;
        // Bounded: a chain of causes may loop.
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof PlanReadException) {
                return Optional.of((PlanReadException) t);
            }
            if (t instanceof ReadProblem) {
                ReadProblem problem = (ReadProblem) t;
                return Optional.of(new PlanReadException(problem.errorCode(), problem.detail(), problem.line(),
                        problem.column(), problem.pointer(), t));
            }
            if (t instanceof PlanInputException) {
                PlanInputException problem = (PlanInputException) t;
                int line = problem.getLocation() == null ? 1 : Math.max(1, problem.getLocation().getLineNr());
                int column = problem.getLocation() == null ? 1 : Math.max(1, problem.getLocation().getColumnNr());
                return Optional.of(new PlanReadException(problem.errorCode(), problem.detail(), line, column,
                        problem.pointer(), t));
            }
        }
        return Optional.empty();
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
     * Returns the stable code of the problem.
     *
     * @return the code, such as {@link ReadErrorCode#WRONG_TYPE}, never null
     */
    public ReadErrorCode errorCode() {
        return code;
    }

    /**
     * Returns the string of the stable code of the problem: {@code errorCode().code()}.
     *
     * @return the code, such as {@code "WRONG_TYPE"}, never null
     */
    public String code() {
        return code.code();
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
     * {@code "/sections/0/number"}: the pointer of the missing member for
     * {@link ReadErrorCode#MISSING_MEMBER}, of the member itself for
     * {@link ReadErrorCode#UNKNOWN_MEMBER} and {@link ReadErrorCode#DUPLICATE_MEMBER}.
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
        Finding finding = Finding.of(code, at, detail);
        return line >= 1 && column >= 1 ? finding.atPosition(line, column) : finding;
    }
}
