package vn.campaign.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;
import vn.campaign.io.ReadErrorCode;

/**
 * Cuts a stream of plan documents into one byte array per document, without parsing them, so that
 * each document is read on its own and one bad document does not stop the others.
 *
 * <p>Two layouts: NDJSON (one document per line; blank lines are skipped) and a JSON array of
 * documents. The splitter keeps one document in memory at a time, at most {@code maxDocumentLength}
 * bytes of it; a longer document is skipped to its end and reported. It counts lines and columns as
 * {@link Positions} does (code points; LF, CR or CR LF), so that a document's errors can be placed in
 * the stream. Nesting is counted, not recursed into, so any depth costs nothing here.
 *
 * <p>In an array, a syntax error between documents (a missing comma, content after the closing
 * bracket) or the end of the input inside a document ends the stream: where the next document starts
 * is then unknown. In NDJSON every line stands alone.
 *
 * <p>Mutable and not thread-safe: one instance reads one stream.
 */
public final class DocumentSplitter {

    /** One document of the stream, or why there is none where one was expected. */
    public static final class Chunk {
        /** The index of the document, from 0. */
        public final int index;
        /** The line of its first byte in the stream, from 1. */
        public final int line;
        /** The column of its first byte in the stream, from 1. */
        public final int column;
        /** The document's bytes; null when {@link #failureCode} is set. */
        public final byte[] bytes;
        /** The code of a problem found by the splitter itself, or null. */
        public final ReadErrorCode failureCode;
        /** What is wrong, or null. */
        public final String failureDetail;
        /** The line of the problem, from 1. */
        public final int failureLine;
        /** The column of the problem, from 1. */
        public final int failureColumn;

        Chunk(int index, int line, int column, byte[] bytes, ReadErrorCode code, String detail, int failureLine,
                int failureColumn) {
            this.index = index;
            this.line = line;
            this.column = column;
            this.bytes = bytes;
            this.failureCode = code;
            this.failureDetail = detail;
            this.failureLine = failureLine;
            this.failureColumn = failureColumn;
        }
    }

    private static final int END = -1;

    private final InputStream in;
    private final boolean array;
    private final long maxDocumentLength;
    private final byte[] buffer = new byte[256 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    private int column = 1;
    private boolean previousCr;
    /** The bytes of the current NDJSON line, reused from line to line. */
    /** The line being gathered when it lies across buffers. */
    private byte[] pending = new byte[64 * 1024];
    private int pendingLength;
    private int index;
    private boolean started;
    private boolean finished;
    /** A problem found after a document, reported as the next chunk. */
    private String pendingFatal;

    /**
     * Creates a splitter.
     *
     * @param in the stream, not null; not closed by the splitter
     * @param array true for a JSON array of documents, false for NDJSON
     * @param maxDocumentLength the longest document kept, in bytes
     */
    public DocumentSplitter(InputStream in, boolean array, long maxDocumentLength) {
        this.in = Objects.requireNonNull(in, "in");
        this.array = array;
        this.maxDocumentLength = maxDocumentLength;
    }

    /**
     * Returns whether the first byte that is not white space or a byte order mark is {@code '['}.
     * Reads nothing from the stream: the caller passes the bytes it peeked.
     *
     * @param head the first bytes of the stream, not null
     * @param length how many of them are valid
     * @return true if the stream looks like a JSON array
     */
    public static boolean looksLikeArray(byte[] head, int length) {
        int i = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        for (; i < length; i++) {
            byte b = head[i];
            if (!isWhitespace(b)) {
                return b == '[';
            }
        }
        return false;
    }

    /**
     * Returns the next document, or null at the end of the stream.
     *
     * @return the chunk, or null when there are no more documents
     * @throws IOException if the stream fails
     */
    public Chunk next() throws IOException {
        if (pendingFatal != null) {
            return pendingFailure();
        }
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            skipBom();
            if (array) {
                skipWhitespace();
                if (peek() != '[') {
                    return fatal("a stream of plans in JSON is an array: it starts with '['");
                }
                read();
                skipWhitespace();
                if (peek() == ']') {
                    read();
                    return endOfArray();
                }
            }
        }
        return array ? nextInArray() : nextLine();
    }

    // --- NDJSON ------------------------------------------------------------------------------------

    private Chunk nextLine() throws IOException {
        while (true) {
            if (peek() == END) {
                finished = true;
                return null;
            }
            int startLine = line;
            int startColumn = column;
            pendingLength = 0;
            byte[] whole = null;
            long length = 0;
            boolean blank = true;
            int b;
            // The line is scanned a buffer at a time, eight bytes at a time, and each run of bytes
            // before its end copied at once: a line that lies in one buffer is copied once, straight
            // into the document's array. Within a line the column is not counted: nothing reads it
            // before the line end sets it back to 1 (a line too long is placed from its kept bytes,
            // by tooLong).
            while ((b = peek()) != END && b != '\n' && b != '\r') {
                int start = position;
                int end = lineEnd(buffer, start, limit);
                for (int i = start; blank && i < end; i++) {
                    blank = isWhitespace(buffer[i]);
                }
                int run = end - start;
                if (length < maxDocumentLength) {
                    int kept = (int) Math.min(run, maxDocumentLength - length);
                    if (length == 0 && end < limit && kept == run) {
                        whole = Arrays.copyOfRange(buffer, start, end);
                    } else {
                        keep(buffer, start, kept);
                    }
                }
                length += run;
                previousCr = false;
                position = end;
            }
            int endLine = line;
            int endColumn = column;
            if (b == '\r') {
                read();
                if (peek() == '\n') {
                    read();
                }
            } else if (b == '\n') {
                read();
            }
            if (blank) {
                continue;
            }
            byte[] document = whole != null ? whole : Arrays.copyOf(pending, pendingLength);
            if (length > maxDocumentLength) {
                return tooLong(startLine, startColumn, document, endLine, endColumn);
            }
            return new Chunk(index++, startLine, startColumn, document, null, null, 0, 0);
        }
    }

    /** Adds bytes to the line being gathered across buffers. */
    private void keep(byte[] bytes, int from, int count) {
        if (pendingLength + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + count));
        }
        System.arraycopy(bytes, from, pending, pendingLength, count);
        pendingLength += count;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;

    /**
     * Returns the offset of the first line feed or carriage return from {@code from}, or {@code limit}:
     * eight bytes at a time while a word has neither (a word XOR a repeated byte has a zero byte
     * exactly where the word has that byte), then byte by byte.
     */
    static int lineEnd(byte[] bytes, int from, int limit) {
        int i = from;
        while (i + Long.BYTES <= limit) {
            long word = (long) LONGS.get(bytes, i);
            long lf = word ^ LINE_FEEDS;
            long cr = word ^ CARRIAGE_RETURNS;
            if (((((lf - ONES) & ~lf) | ((cr - ONES) & ~cr)) & HIGH_BITS) != 0) {
                break;
            }
            i += Long.BYTES;
        }
        while (i < limit && bytes[i] != '\n' && bytes[i] != '\r') {
            i++;
        }
        return i;
    }

    // --- JSON array --------------------------------------------------------------------------------

    private Chunk nextInArray() throws IOException {
        skipWhitespace();
        int startLine = line;
        int startColumn = column;
        int first = peek();
        if (first == END) {
            return fatal("the array of plans ends too early (truncated?)");
        }
        if (first == ',' || first == ']') {
            return fatal("expected a plan in the array, found '" + (char) first + "'");
        }
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        long length = 0;
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        while (true) {
            int b = peek();
            if (b == END) {
                // Truncated inside the document: let the reader say where, then stop.
                finished = true;
                break;
            }
            if (!inString && depth == 0 && length > 0 && (b == ',' || b == ']' || isWhitespace((byte) b))) {
                break;
            }
            read();
            if (length < maxDocumentLength) {
                document.write(b);
            }
            length++;
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
                if (depth <= 0) {
                    // The document ends with its closing bracket; what follows is the array's.
                    break;
                }
            }
        }
        int endLine = line;
        int endColumn = column;
        Chunk chunk = length > maxDocumentLength
                ? tooLong(startLine, startColumn, document.toByteArray(), endLine, endColumn)
                : new Chunk(index++, startLine, startColumn, document.toByteArray(), null, null, 0, 0);
        if (!finished) {
            afterElement();
        }
        return chunk;
    }

    /** Consumes what follows a document: a comma, or the closing bracket and the end of input. */
    private void afterElement() throws IOException {
        skipWhitespace();
        int b = peek();
        if (b == ',') {
            read();
            return;
        }
        if (b == ']') {
            read();
            skipWhitespace();
            if (peek() != END) {
                pendingFatal = "there is more content after the end of the array of plans";
            } else {
                finished = true;
            }
            return;
        }
        pendingFatal = b == END ? "the array of plans ends too early (truncated?)"
                : "expected ',' or ']' after a plan in the array";
    }

    /** Returns the problem found after the last document, which ends the stream. */
    private Chunk pendingFailure() {
        Chunk chunk = new Chunk(index++, line, column, null, ReadErrorCode.MALFORMED_JSON, pendingFatal, line, column);
        pendingFatal = null;
        finished = true;
        return chunk;
    }

    private Chunk endOfArray() throws IOException {
        skipWhitespace();
        if (peek() != END) {
            return fatal("there is more content after the end of the array of plans");
        }
        finished = true;
        return null;
    }

    private Chunk fatal(String detail) {
        finished = true;
        return new Chunk(index++, line, column, null, ReadErrorCode.MALFORMED_JSON, detail, line, column);
    }

    private Chunk tooLong(int startLine, int startColumn, byte[] kept, int endLine, int endColumn) {
        int[] at = Positions.ofByte(kept, maxDocumentLength);
        int failureLine = startLine + at[0] - 1;
        int failureColumn = at[0] == 1 ? startColumn + at[1] - 1 : at[1];
        return new Chunk(index++, startLine, startColumn, null, ReadErrorCode.LIMIT_EXCEEDED,
                "the document is longer than " + maxDocumentLength + " bytes (ReadLimits.maxDocumentLength())",
                failureLine, failureColumn);
    }

    // --- Bytes -------------------------------------------------------------------------------------

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private void skipBom() throws IOException {
        fill();
        if (limit - position >= 3 && (buffer[position] & 0xFF) == 0xEF && (buffer[position + 1] & 0xFF) == 0xBB
                && (buffer[position + 2] & 0xFF) == 0xBF) {
            position += 3;
        }
    }

    private void skipWhitespace() throws IOException {
        int b;
        while ((b = peek()) != END && isWhitespace((byte) b)) {
            read();
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position] & 0xFF;
    }

    private int read() throws IOException {
        int b = peek();
        if (b == END) {
            return END;
        }
        position++;
        if (b == '\n') {
            if (!previousCr) {
                line++;
            }
            column = 1;
        } else if (b == '\r') {
            line++;
            column = 1;
        } else if ((b & 0xC0) != 0x80) {
            column++;
        }
        previousCr = b == '\r';
        return b;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (position == limit && limit > 0) {
            position = 0;
            limit = 0;
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }
}
