package vn.campaign.io.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.campaign.io.BulkFormat;
import vn.campaign.io.PlanEntry;
import vn.campaign.io.PlanReadException;

/**
 * Reads streams of plans (NDJSON, or a JSON array of documents) for {@code PlanJson}: a
 * {@link DocumentSplitter} cuts the documents out one at a time, and each is read on its own by a
 * {@link DocumentParser}, so that one bad document gives an entry with its failure and the others are
 * still read. Failures are placed in the stream: their line and column are those of the stream.
 *
 * <p>Immutable and thread-safe; the streams and iterators it returns are not.
 */
public final class PlanStreams {

    private final DocumentParser parser;
    private final ReadFailures failures;
    private final long maxDocumentLength;

    /**
     * Creates the reader of streams.
     *
     * @param parser reads each document, not null
     * @param failures makes the exceptions, not null
     * @param maxDocumentLength the most bytes of one document
     */
    public PlanStreams(DocumentParser parser, ReadFailures failures, long maxDocumentLength) {
        this.parser = parser;
        this.failures = failures;
        this.maxDocumentLength = maxDocumentLength;
    }

    /**
     * Reads a stream of plans lazily, a JSON array if its first character (after white space and a
     * byte order mark) is {@code '['}, else NDJSON. The stream is not closed.
     *
     * @param in the stream, not null
     * @return the documents in order, one entry each; read lazily
     * @throws IOException if the stream fails before its first bytes are read
     */
    public Stream<PlanEntry> readAll(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        return readAll(buffered, BulkSniffer.startsAnArray(buffered) ? BulkFormat.JSON_ARRAY : BulkFormat.NDJSON);
    }

    /**
     * Reads a stream of plans lazily in a given layout. The stream is not closed; a failure of it is
     * thrown as {@link UncheckedIOException} by the returned stream's terminal operation.
     *
     * @param in the stream, not null
     * @param format the layout, not null
     * @return the documents in order, one entry each; read lazily, sequential
     */
    public Stream<PlanEntry> readAll(InputStream in, BulkFormat format) {
        DocumentSplitter splitter = new DocumentSplitter(in, format == BulkFormat.JSON_ARRAY, maxDocumentLength);
        Spliterator<PlanEntry> entries = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super PlanEntry> action) {
                DocumentSplitter.Chunk chunk;
                try {
                    chunk = splitter.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (chunk == null) {
                    return false;
                }
                action.accept(entry(chunk));
                return true;
            }
        };
        return StreamSupport.stream(entries, false);
    }

    /**
     * Reads a file of plans lazily, as {@link #readAll(InputStream)} does; the file is closed when
     * the returned stream is.
     *
     * @param file the file, not null
     * @return the documents in order, one entry each; close it
     * @throws IOException if the file cannot be opened
     */
    public Stream<PlanEntry> readAll(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return readAll(in).onClose(() -> {
                try {
                    in.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /**
     * Cuts the documents of a stream of plans out of it one at a time, on the calling thread, and
     * leaves each one's parsing to whoever calls its {@code Callable}. The format is guessed as
     * {@link #readAll(InputStream)} guesses it.
     *
     * @param in the stream, not null, not closed here
     * @return the documents in order; {@code hasNext} throws {@link UncheckedIOException} if the stream fails
     * @throws IOException if the start of the stream cannot be read
     */
    public Iterator<Callable<PlanEntry>> documents(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        DocumentSplitter splitter = new DocumentSplitter(buffered, BulkSniffer.startsAnArray(buffered),
                maxDocumentLength);
        return new Iterator<>() {
            private DocumentSplitter.Chunk next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = splitter.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return next != null;
            }

            @Override
            public Callable<PlanEntry> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DocumentSplitter.Chunk chunk = next;
                next = null;
                return () -> entry(chunk);
            }
        };
    }

    private PlanEntry entry(DocumentSplitter.Chunk chunk) {
        if (chunk.bytes == null) {
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.empty(),
                    Optional.of(failures.ofChunk(chunk)));
        }
        try {
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.of(parser.read(chunk.bytes)),
                    Optional.empty());
        } catch (PlanReadException e) {
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.empty(),
                    Optional.of(failures.inStream(e, chunk.line, chunk.column)));
        }
    }
}
