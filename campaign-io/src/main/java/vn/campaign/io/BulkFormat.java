package vn.campaign.io;

/**
 * The layouts of a stream of many plans, for {@link PlanJson#readAll(java.io.InputStream, BulkFormat)}
 * and {@link PlanJson#writeAll(java.util.Iterator, java.io.OutputStream, BulkFormat)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public enum BulkFormat {

    /**
     * Newline-delimited JSON: one plan per line, compact, each line ending with LF; blank lines are
     * skipped on read. Each line stands alone: a broken line does not affect the next.
     */
    NDJSON,

    /**
     * One JSON array whose elements are plans in the canonical layout, separated by {@code ",\n"}.
     * A syntax error between two plans ends the stream, since where the next one starts is unknown.
     */
    JSON_ARRAY
}
