package vn.campaign.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor of the cascade: a raw Jackson token pass over the same input, read the same way, on the
 * same cores. From an NDJSON file, the documents are cut at line feeds on the calling thread and each
 * is tokenised ({@code nextToken} to its end, every string's text taken) on a worker; from a folder,
 * each {@code *.json} file is read and tokenised on a worker. As in {@code CascadeCheck}, a window of
 * eight documents per worker is in flight. Nothing is bound, validated or checked: what the SDK adds
 * to this is the price of its work.
 *
 * <pre>
 * java -cp campaign-bench/target/benchmarks.jar vn.campaign.bench.RawTokenPass FILE.ndjson|FOLDER
 * </pre>
 */
public final class RawTokenPass {

    private static final JsonFactory FACTORY = new JsonFactory();

    private RawTokenPass() {
    }

    /**
     * Tokenises an NDJSON file or a folder's {@code *.json} files, and prints the time it took and
     * the number of tokens, from the start of {@code main}.
     *
     * @param args the file or folder
     * @throws IOException if the input cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RawTokenPass FILE.ndjson|FOLDER");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path input = Path.of(args[0]);
        int threads = Runtime.getRuntime().availableProcessors();
        long tokens = Files.isDirectory(input) ? folder(input, threads) : ndjson(input, threads);
        System.out.printf(Locale.ROOT, "raw-token-pass %d ms, %d tokens, %d threads%n",
                (System.nanoTime() - start) / 1_000_000, tokens, threads);
    }

    /**
     * Cuts an NDJSON file into lines on this thread and tokenises each on a worker.
     *
     * @param file the file, not null
     * @param threads the number of workers, at least 1
     * @return the number of tokens
     * @throws IOException if the file cannot be read
     */
    public static long ndjson(Path file, int threads) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<byte[]> lines = new Iterator<>() {
                private final byte[] chunk = new byte[1 << 16];
                private int position;
                private int limit;
                private final ByteArrayOutputStream line = new ByteArrayOutputStream(64 * 1024);
                private byte[] next = advance();

                /** The next non-empty line, cut at line feeds; chunks of 64 KB read and scanned. */
                private byte[] advance() {
                    try {
                        line.reset();
                        while (true) {
                            if (position == limit) {
                                limit = in.read(chunk);
                                position = 0;
                                if (limit <= 0) {
                                    limit = 0;
                                    return line.size() > 0 ? line.toByteArray() : null;
                                }
                            }
                            int end = position;
                            while (end < limit && chunk[end] != '\n') {
                                end++;
                            }
                            line.write(chunk, position, end - position);
                            position = end;
                            if (end < limit) {
                                position++;
                                if (line.size() > 0) {
                                    return line.toByteArray();
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public byte[] next() {
                    byte[] current = next;
                    next = advance();
                    return current;
                }
            };
            return run(lines, bytes -> () -> tokens(bytes), threads);
        }
    }

    /**
     * Reads and tokenises each {@code *.json} file of a folder, in name order, on a worker.
     *
     * @param folder the folder, not null
     * @param threads the number of workers, at least 1
     * @return the number of tokens
     * @throws IOException if the folder cannot be listed
     */
    public static long folder(Path folder, int threads) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> file.getFileName().toString().endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
        return run(files.iterator(), file -> () -> tokens(Files.readAllBytes(file)), threads);
    }

    /** The work of one document, made on the calling thread and run on a worker. */
    private interface Task<T> {
        Callable<Long> of(T item);
    }

    private static <T> long run(Iterator<T> items, Task<T> task, int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "raw-token-pass");
            thread.setDaemon(true);
            return thread;
        });
        int window = threads * 8;
        ArrayDeque<Future<Long>> inFlight = new ArrayDeque<>(window);
        long tokens = 0;
        try {
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (inFlight.size() < window && items.hasNext()) {
                    inFlight.add(pool.submit(task.of(items.next())));
                }
                tokens += inFlight.poll().get();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IOException("A document could not be tokenised", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return tokens;
    }

    /**
     * Tokenises one document: every token, and the text of every string and member name.
     *
     * @param bytes the document, not null
     * @return the number of tokens
     * @throws IOException if it is not JSON
     */
    static long tokens(byte[] bytes) throws IOException {
        long count = 0;
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            while (parser.nextToken() != null) {
                count++;
                if (parser.currentToken().isScalarValue() || parser.currentToken() == JsonToken.FIELD_NAME) {
                    parser.getText();
                }
            }
        }
        return count;
    }
}
