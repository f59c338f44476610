package vn.campaign.io.jackson3;

import java.util.Objects;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.io.internal.ReadProblem;

/**
 * A value that is not in the plan format, read through a Jackson 3 mapper: what
 * {@link vn.campaign.io.PlanJson} reports as a {@link PlanReadException}, with the same
 * {@linkplain #errorCode() code}, line, column and {@linkplain #pointer() pointer}, as the Jackson
 * 3 exception a mapper throws. Syntax errors and limits met inside a plan come as this exception
 * too, with {@link ReadErrorCode#MALFORMED_JSON} or {@link ReadErrorCode#LIMIT_EXCEEDED}.
 *
 * <p>{@link PlanReadException#find(Throwable)} gives it back as a {@link PlanReadException}, also
 * from inside the exception a web framework wraps around it. The column of its
 * {@linkplain #getLocation() location} counts Unicode code points, as {@code PlanJson} does.
 * Immutable once thrown.
 *
 * @since 0.1
 */
// ReadProblem is exported to this module only: PlanReadException.find reads it, no one else needs to.
@SuppressWarnings("exports")
public final class PlanFormatException extends MismatchedInputException implements ReadProblem {

    private static final long serialVersionUID = 1L;

    /** The stable code. */
    private final ReadErrorCode code;
    /** What is wrong, one line. */
    private final String detail;
    /** The JSON Pointer of the offending value, relative to the value read. */
    private final String pointer;
    /** The failure behind this one; Jackson's constructors leave no room for a cause. */
    private final Throwable reason;

    PlanFormatException(JsonParser parser, ReadErrorCode code, String detail, String pointer, int line, int column,
            Throwable cause) {
        super(parser, detail + " [" + code.code() + "]",
                new TokenStreamLocation(ContentReference.unknown(), -1L, -1L, line, column));
        this.code = Objects.requireNonNull(code, "code");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.reason = cause;
    }

    /**
     * Returns the failure behind this problem: the model's refusal of a value, or the parser's error.
     *
     * @return the cause, may be null
     */
    @Override
    public synchronized Throwable getCause() {
        return reason != null ? reason : super.getCause();
    }

    /**
     * Returns the stable code of the problem.
     *
     * @return the code, never null
     */
    @Override
    public ReadErrorCode errorCode() {
        return code;
    }

    /**
     * Returns what is wrong, in one line, without location or code.
     *
     * @return the detail, never null
     */
    @Override
    public String detail() {
        return detail;
    }

    /**
     * Returns the JSON Pointer of the offending value, relative to the value read: for a plan read
     * as a whole document, the pointer {@code PlanJson} gives.
     *
     * @return the pointer, {@code ""} for the value itself, never null
     */
    @Override
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the offending text, from 1.
     *
     * @return the line
     */
    @Override
    public int line() {
        return Math.max(1, getLocation().getLineNr());
    }

    /**
     * Returns the column of the offending text in Unicode code points, from 1.
     *
     * @return the column
     */
    @Override
    public int column() {
        return Math.max(1, getLocation().getColumnNr());
    }
}
