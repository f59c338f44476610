package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import vn.campaign.io.ReadErrorCode;

/**
 * A plan document that JSON can express but the format does not allow: the reader's one failure.
 *
 * <p>It is a {@link MismatchedInputException}, so that an application reading plans through its
 * own {@code ObjectMapper} sees an ordinary Jackson exception, with the location of the offending
 * token and a reference chain down to it; {@link ReadFailures} turns it into a
 * {@code PlanReadException} for {@code PlanJson}. Not part of the API.
 */
public final class PlanInputException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    /** The stable code of the problem. */
    private final ReadErrorCode code;
    /** The JSON Pointer of the offending value, relative to the value being read. */
    private final String pointer;
    /** What is wrong, one line, without location or code. */
    private final String detail;
    /** The model's refusal behind the problem; Jackson's constructors leave no room for a cause. */
    private Throwable reason;

    PlanInputException(JsonParser parser, ReadErrorCode code, String detail, JsonLocation location, JsonPath path,
            Class<?> memberOwner, String member) {
        super(parser, detail + " [" + code.code() + "]", location);
        this.code = code;
        this.detail = detail;
        this.pointer = member == null ? path.toString() : path.pointerOf(member);
        if (member != null) {
            prependPath(memberOwner, member);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            Object segment = path.segment(i);
            if (segment instanceof Integer) {
                prependPath(List.class, (Integer) segment);
            } else {
                prependPath(path.owner(i), (String) segment);
            }
        }
    }

    /**
     * Sets the failure behind this one: the model's refusal of a value.
     *
     * @param cause the failure, not null
     * @return this exception
     */
    PlanInputException because(Throwable cause) {
        this.reason = cause;
        return this;
    }

    /**
     * Returns the model's refusal behind this problem, if any, else Jackson's cause.
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
    public ReadErrorCode errorCode() {
        return code;
    }

    /**
     * Returns the JSON Pointer of the offending value, relative to the value being read.
     *
     * @return the pointer, {@code ""} for that value itself
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong, in one line, without location or code.
     *
     * @return the detail, never null
     */
    public String detail() {
        return detail;
    }
}
