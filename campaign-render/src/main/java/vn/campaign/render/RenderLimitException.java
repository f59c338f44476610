package vn.campaign.render;

import java.util.Objects;

/**
 * Thrown when a plan or a calendar is beyond one of the {@link RenderLimits}: too many tasks or too
 * much text to render within bounded memory; or a {@link FindingsReport} longer than its text limit
 * ("The report has more than 1000000 characters of text (limit maxTextLength)"). Nothing is rendered.
 *
 * <p>The message is one line in English, naming the limit and its value ("The plan has more than
 * 5000 tasks (limit maxTasks)"); {@link #limit()} and {@link #maximum()} give them to a program.
 *
 * @since 0.1
 */
public final class RenderLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this failure, as the command line prints it. */
    public static final String CODE = "LIMIT_EXCEEDED";

    private final String limit;
    private final long maximum;

    /**
     * Creates the exception.
     *
     * @param what what is beyond the limit, as a phrase ("more than 5000 tasks"), not null
     * @param limit the name of the limit, an accessor of {@link RenderLimits} ("maxTasks"), not null
     * @param maximum the limit's value
     */
    public RenderLimitException(String what, String limit, long maximum) {
        this("The plan", what, limit, maximum);
    }

    /** For what is not a plan: "The report has more than … (limit maxTextLength)". */
    RenderLimitException(String subject, String what, String limit, long maximum) {
        super(subject + " has " + Objects.requireNonNull(what, "what") + " (limit " + Objects.requireNonNull(limit, "limit")
                + ")");
        this.limit = limit;
        this.maximum = maximum;
    }

    /**
     * Returns the name of the limit, an accessor of {@link RenderLimits} ("maxTasks").
     *
     * @return the name, never null
     */
    public String limit() {
        return limit;
    }

    /**
     * Returns the value of the limit that was exceeded.
     *
     * @return the value
     */
    public long maximum() {
        return maximum;
    }
}
