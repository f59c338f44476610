package vn.campaign.importer;

import java.util.Objects;

/**
 * The limits a {@link PlanImporter} puts on the documents it imports, so that a hostile or broken
 * file cannot exhaust memory or time. A document beyond a limit fails with {@link ImportLimitException},
 * before the part of the import that would need the memory.
 *
 * <p>The defaults are far above any real plan (the longest plan text of the project, the Kon Rẫy plan,
 * has about 300 lines, 40 KB of text and a Word file of about 30 KB) and keep an import within a
 * 256 MB heap:
 *
 * <table>
 *   <caption>Default limits</caption>
 *   <tr><th>limit</th><th>default</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>4 MiB (4,194,304 bytes of a file or stream, or
 *       characters of a text)</td></tr>
 *   <tr><td>{@link #maxLines()}</td><td>20,000 lines of text (paragraphs and table rows of a Word
 *       document)</td></tr>
 *   <tr><td>{@link #maxTableCells()}</td><td>50,000 table cells of a Word document</td></tr>
 *   <tr><td>{@link #maxInflatedSize()}</td><td>8 MiB (8,388,608 bytes) of a Word document's parts
 *       once inflated, all parts together</td></tr>
 *   <tr><td>{@link #maxEntries()}</td><td>1,000 parts (ZIP entries) of a Word document</td></tr>
 *   <tr><td>{@link #minInflateRatio()}</td><td>0.01: no part of a Word document may inflate to more
 *       than 100 times its compressed size (as Apache POI's default)</td></tr>
 * </table>
 *
 * <p>Obtain instances from {@link #defaults()} and the {@code with…} methods. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class ImportLimits {

    /** The longest document that may be allowed: a document is read into one array. */
    public static final long MAX_DOCUMENT_LENGTH = Integer.MAX_VALUE - 8;

    private static final ImportLimits DEFAULTS = new ImportLimits(4L * 1024 * 1024, 20_000, 50_000,
            8L * 1024 * 1024, 1_000, 0.01);

    private final long maxDocumentLength;
    private final int maxLines;
    private final int maxTableCells;
    private final long maxInflatedSize;
    private final int maxEntries;
    private final double minInflateRatio;

    private ImportLimits(long maxDocumentLength, int maxLines, int maxTableCells, long maxInflatedSize,
            int maxEntries, double minInflateRatio) {
        this.maxDocumentLength = check(maxDocumentLength, MAX_DOCUMENT_LENGTH, "maxDocumentLength");
        this.maxLines = (int) check(maxLines, Integer.MAX_VALUE, "maxLines");
        this.maxTableCells = (int) check(maxTableCells, Integer.MAX_VALUE, "maxTableCells");
        this.maxInflatedSize = check(maxInflatedSize, MAX_DOCUMENT_LENGTH, "maxInflatedSize");
        this.maxEntries = (int) check(maxEntries, Integer.MAX_VALUE, "maxEntries");
        if (!(minInflateRatio >= 0 && minInflateRatio <= 1)) {
            throw new IllegalArgumentException("minInflateRatio must be from 0 to 1: " + minInflateRatio);
        }
        this.minInflateRatio = minInflateRatio;
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
    public static ImportLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns the longest document allowed: bytes of a file or stream (a Word document as stored,
     * compressed), characters of a text given as a string.
     *
     * @return the length, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     */
    public long maxDocumentLength() {
        return maxDocumentLength;
    }

    /**
     * Returns the most lines of text allowed; for a Word document, its paragraphs and table rows.
     *
     * @return the number, at least 1
     */
    public int maxLines() {
        return maxLines;
    }

    /**
     * Returns the most table cells allowed in a Word document, all tables together.
     *
     * @return the number, at least 1
     */
    public int maxTableCells() {
        return maxTableCells;
    }

    /**
     * Returns the most bytes a Word document's parts may inflate to, all parts together, counted as
     * they are inflated (the sizes a ZIP file states are not trusted).
     *
     * @return the size in bytes, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     */
    public long maxInflatedSize() {
        return maxInflatedSize;
    }

    /**
     * Returns the most parts (ZIP entries) a Word document may have.
     *
     * @return the number, at least 1
     */
    public int maxEntries() {
        return maxEntries;
    }

    /**
     * Returns the smallest ratio of compressed to inflated size allowed for a part of a Word document
     * larger than 100 KB inflated: 0.01 refuses a part that inflates to more than 100 times its size.
     *
     * @return the ratio, from 0 to 1
     */
    public double minInflateRatio() {
        return minInflateRatio;
    }

    /**
     * Returns these limits with another document length.
     *
     * @param length the longest document allowed, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     * @return new limits, never null
     * @throws IllegalArgumentException if the length is out of range
     */
    public ImportLimits withMaxDocumentLength(long length) {
        return new ImportLimits(length, maxLines, maxTableCells, maxInflatedSize, maxEntries, minInflateRatio);
    }

    /**
     * Returns these limits with another number of lines.
     *
     * @param lines the most lines allowed, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ImportLimits withMaxLines(int lines) {
        return new ImportLimits(maxDocumentLength, lines, maxTableCells, maxInflatedSize, maxEntries, minInflateRatio);
    }

    /**
     * Returns these limits with another number of table cells.
     *
     * @param cells the most table cells allowed, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ImportLimits withMaxTableCells(int cells) {
        return new ImportLimits(maxDocumentLength, maxLines, cells, maxInflatedSize, maxEntries, minInflateRatio);
    }

    /**
     * Returns these limits with another inflated size.
     *
     * @param size the most bytes allowed once inflated, from 1 to {@link #MAX_DOCUMENT_LENGTH}
     * @return new limits, never null
     * @throws IllegalArgumentException if the size is out of range
     */
    public ImportLimits withMaxInflatedSize(long size) {
        return new ImportLimits(maxDocumentLength, maxLines, maxTableCells, size, maxEntries, minInflateRatio);
    }

    /**
     * Returns these limits with another number of ZIP entries.
     *
     * @param entries the most entries allowed, at least 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ImportLimits withMaxEntries(int entries) {
        return new ImportLimits(maxDocumentLength, maxLines, maxTableCells, maxInflatedSize, entries, minInflateRatio);
    }

    /**
     * Returns these limits with another inflate ratio.
     *
     * @param ratio the smallest ratio of compressed to inflated size allowed, from 0 (no check) to 1
     * @return new limits, never null
     * @throws IllegalArgumentException if the ratio is out of range or NaN
     */
    public ImportLimits withMinInflateRatio(double ratio) {
        return new ImportLimits(maxDocumentLength, maxLines, maxTableCells, maxInflatedSize, maxEntries, ratio);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ImportLimits)) {
            return false;
        }
        ImportLimits that = (ImportLimits) other;
        return maxDocumentLength == that.maxDocumentLength && maxLines == that.maxLines
                && maxTableCells == that.maxTableCells && maxInflatedSize == that.maxInflatedSize
                && maxEntries == that.maxEntries && Double.compare(minInflateRatio, that.minInflateRatio) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxDocumentLength, maxLines, maxTableCells, maxInflatedSize, maxEntries, minInflateRatio);
    }

    @Override
    public String toString() {
        return "ImportLimits[maxDocumentLength=" + maxDocumentLength + ", maxLines=" + maxLines + ", maxTableCells="
                + maxTableCells + ", maxInflatedSize=" + maxInflatedSize + ", maxEntries=" + maxEntries
                + ", minInflateRatio=" + minInflateRatio + "]";
    }
}
