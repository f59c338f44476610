package vn.campaign.importer;

import java.util.Objects;

/**
 * Thrown when a document is beyond one of the {@link ImportLimits} of the importer: too long, too many
 * lines or table cells, or a Word document whose parts inflate too far. The document is refused before
 * the work that would need the memory or the time; nothing of it is imported.
 *
 * <p>The message is one line in English, naming the limit and its value ("The document has more than
 * 20000 lines (limit maxLines)"); {@link #limit()} and {@link #maximum()} give them to a program.
 *
 * @since 0.1
 */
public final class ImportLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The stable code of this failure, as the command line prints it. */
    public static final String CODE = "LIMIT_EXCEEDED";

    private final String limit;
    private final long maximum;

    /**
     * Creates the exception.
     *
     * @param what what is beyond the limit, as a phrase ("more than 20000 lines"), not null
     * @param limit the name of the limit, an accessor of {@link ImportLimits} ("maxLines"), not null
     * @param maximum the limit's value
     */
    public ImportLimitException(String what, String limit, long maximum) {
        super("The document has " + Objects.requireNonNull(what, "what") + " (limit "
                + Objects.requireNonNull(limit, "limit") + ")");
        this.limit = limit;
        this.maximum = maximum;
    }

    /**
     * Returns the name of the limit, an accessor of {@link ImportLimits} ("maxLines").
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
