package vn.campaign.io;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The limits a {@link PlanJson} puts on the documents it reads, so that a hostile or broken file
 * cannot exhaust memory or the stack. A document beyond a limit fails with
 * {@link ReadErrorCode#LIMIT_EXCEEDED}.
 *
 * <p>The defaults are far above any real plan (the deepest value of the Kon Rẫy plan is at depth 11):
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>64 nested objects and arrays</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>1,000,000 characters in one string</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>100 characters in one number</td></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>10 MiB (10,485,760 bytes)</td></tr>
 *   <tr><td>{@link #maxCollectionSize()}</td><td>10,000 elements in one array or members in one object</td></tr>
 * </table>
 *
 * <p>Obtain instances from {@link #defaults()} and the {@code with…} methods. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ReadLimits {

    /** The highest nesting depth that may be set: the reader recurses once per nested section. */
    public static final int MAX_NESTING_DEPTH = 1000;

    /** The longest document that may be allowed: a document is read into one byte array. */
    public static final long MAX_DOCUMENT_LENGTH = Integer.MAX_VALUE - 8;

    private static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 100, 10L * 1024 * 1024, 10_000);

    private final int maxNestingDepth;
    private final int maxStringLength;
    private final int maxNumberLength;
    private final long maxDocumentLength;
    private final int maxCollectionSize;

    private ReadLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
            int maxCollectionSize) {
        this.maxNestingDepth = check(maxNestingDepth, MAX_NESTING_DEPTH, "maxNestingDepth");
        this.maxStringLength = check(maxStringLength, Integer.MAX_VALUE, "maxStringLength");
        this.maxNumberLength = check(maxNumberLength, Integer.MAX_VALUE, "maxNumberLength");
        this.maxDocumentLength = check(maxDocumentLength, MAX_DOCUMENT_LENGTH, "maxDocumentLength");
        this.maxCollectionSize = check(maxCollectionSize, Integer.MAX_VALUE, "maxCollectionSize");
    }

    private static int check(int value, int max, String name) {
        return (int) check((long) value, max, name);
    }

    private static long check(long value, long max, String name) {
        if (value < 1 || value > max) {
            throw new IllegalArgumentException(name + " must be from 1 to " + max + ": " + value);
        }
        return value;
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, never null
     */
    public static ReadLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the deepest nesting of objects and arrays allowed; the plan object itself is depth 1.
     *
     * @return the depth, from 1 to {@link #MAX_NESTING_DEPTH}
     */
    public int maxNestingDepth() {
        return maxNestingDepth;
    }

    /**
     * Returns the longest string value allowed, in UTF-16 characters.
     *
     * @return the length, at least 1
     */
    public int maxStringLength() {
        return maxStringLength;
    }

    /**
     * Returns the longest number allowed, in characters as written.
     *
     * @return the length, at least 1
     */
    public int maxNumberLength() {
        return maxNumberLength;
    }

    /**
     * Returns the longest document allowed, in bytes.
     *
     * @return the length, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the most elements allowed in one array, and the most members in one object, at any
     * depth, extensions included. Jackson has no such limit; the reader counts.
     *
     * @return the size, at least 1
     */
    public int maxCollectionSize() {
        return maxCollectionSize;
    }

    /**
     * Returns these limits with another nesting depth.
     *
     * @param depth the deepest nesting allowed, from 1 to {@link #MAX_NESTING_DEPTH}
     * @return new limits, never null
     * @throws IllegalArgumentException if the depth is out of range
     */
    public ReadLimits withMaxNestingDepth(int depth) {
        return new ReadLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength, maxCollectionSize);
    }

    /**
     * Returns these limits with another string length.
     *
     * @param length the longest string allowed, in UTF-16 characters, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadLimits withMaxStringLength(int length) {
        return new ReadLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength, maxCollectionSize);
    }

    /**
     * Returns these limits with another number length.
     *
     * @param length the longest number allowed, in characters, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the length is not positive
     */
    public ReadLimits withMaxNumberLength(int length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength, maxCollectionSize);
    }

    /**
     * Returns these limits with another document length.
     *
     * @param length the longest document allowed, in bytes, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     * @return new limits, never null
     * @throws IllegalArgumentException if the length is out of range
     */
    public ReadLimits withMaxDocumentLength(long length) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, length, maxCollectionSize);
    }

    /**
     * Returns these limits with another collection size.
     *
     * @param size the most elements of one array or members of one object, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the size is not positive
     */
    public ReadLimits withMaxCollectionSize(int size) {
        return new ReadLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, size);
    }

    /** Returns these limits as Jackson's constraints. */
    StreamReadConstraints toConstraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNumberLength(maxNumberLength)
                .maxDocumentLength(maxDocumentLength)
                .build();
    }

    /**
     * Compares these limits with another object: equal when all five limits are equal.
     *
     * @param other the object to compare with, may be null
     * @return true if the other object is equal limits
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ReadLimits)) {
            return false;
        }
        ReadLimits that = (ReadLimits) other;
        return maxNestingDepth == that.maxNestingDepth && maxStringLength == that.maxStringLength
                && maxNumberLength == that.maxNumberLength && maxDocumentLength == that.maxDocumentLength
                && maxCollectionSize == that.maxCollectionSize;
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        int hash = maxNestingDepth;
        hash = 31 * hash + maxStringLength;
        hash = 31 * hash + maxNumberLength;
        hash = 31 * hash + Long.hashCode(maxDocumentLength);
        return 31 * hash + maxCollectionSize;
    }

    /**
     * Returns the limits as text, such as
     * {@code ReadLimits[maxNestingDepth=64, maxStringLength=1000000, maxNumberLength=100, maxDocumentLength=10485760, maxCollectionSize=10000]}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ReadLimits[maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
                + ", maxNumberLength=" + maxNumberLength + ", maxDocumentLength=" + maxDocumentLength
                + ", maxCollectionSize=" + maxCollectionSize + "]";
    }
}
