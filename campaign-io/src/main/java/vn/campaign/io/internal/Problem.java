package vn.campaign.io.internal;

/**
 * The kinds of problem the reader reports; each name is a stable code of
 * {@code vn.campaign.io.PlanReadException}, documented in {@code docs/json-format.md}.
 */
public enum Problem {
    /** Not JSON: a syntax error, truncated or empty input, bytes that are not UTF-8. */
    MALFORMED_JSON,
    /** A value of the wrong JSON type. */
    WRONG_TYPE,
    /** A required member is absent. */
    MISSING_MEMBER,
    /** A member the format does not define (strict mode, or inside a closed value). */
    UNKNOWN_MEMBER,
    /** A member name given twice in one object. */
    DUPLICATE_MEMBER,
    /** A string that is not a constant of its code list. */
    UNKNOWN_CODE,
    /** A date that is not {@code yyyy-MM-dd} or not a day of the calendar. */
    INVALID_DATE,
    /** A value the model refuses. */
    INVALID_VALUE,
    /** A {@code schemaVersion} whose major version this reader does not know. */
    UNSUPPORTED_VERSION,
    /** The input exceeds a read limit. */
    LIMIT_EXCEEDED
}
