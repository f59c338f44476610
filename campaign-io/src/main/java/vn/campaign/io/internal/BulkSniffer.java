package vn.campaign.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a stream or file of many plans from one plan, and a JSON array of plans from NDJSON, by
 * looking at its first kilobyte only. Stateless and thread-safe.
 */
public final class BulkSniffer {

    /** How many bytes are looked at. */
    private static final int HEAD = 1024;

    private BulkSniffer() {
    }

    /**
     * Tells a file of many plans from a file of one: NDJSON by its name ({@code .ndjson}), a JSON
     * array by its first character after any byte order mark and white space. Reads at most 1 KiB.
     *
     * @param file the file, not null
     * @return true for a file of many plans; false for one plan, a folder, or a file that cannot be
     *     read
     */
    public static boolean holdsManyPlans(Path file) {
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".ndjson")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(HEAD);
            return DocumentSplitter.looksLikeArray(head, head.length);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Returns whether a stream holds a JSON array rather than NDJSON: whether its first character,
     * after any byte order mark and white space, is {@code '['}. The stream is left where it was.
     *
     * @param in the stream, not null
     * @return true for a JSON array
     * @throws IOException if the stream fails
     */
    static boolean startsAnArray(BufferedInputStream in) throws IOException {
        byte[] head = new byte[HEAD];
        in.mark(head.length);
        int length = in.readNBytes(head, 0, head.length);
        in.reset();
        return DocumentSplitter.looksLikeArray(head, length);
    }
}
