package vn.campaign.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import vn.campaign.io.internal.DocumentSplitter;
import vn.campaign.io.internal.JsonInput;
import vn.campaign.io.internal.PlanInputException;
import vn.campaign.io.internal.PlanReader;
import vn.campaign.io.internal.PlanWriter;
import vn.campaign.io.internal.Positions;
import vn.campaign.io.internal.ReadErrors;
import vn.campaign.model.Plan;

/**
 * Reads and writes plans in the JSON format of {@code docs/json-format.md}.
 *
 * <pre>{@code
 * PlanJson json = PlanJson.create();              // create once, share
 * Plan plan = json.read(Path.of("kon-ray-2024.json"));
 * String text = json.write(plan);                 // canonical: read(text) then write gives text again
 * }</pre>
 *
 * <p>Reading is lenient by default: members the format does not define are kept in the model's
 * {@code Extensions} and written back; {@linkplain Builder#strict(boolean) strict} readers refuse
 * them. Every reader fails with one exception, {@link PlanReadException}, which carries a stable
 * code, the line and column, and the JSON Pointer of the offending value. Documents are read
 * whole into memory, up to {@link ReadLimits#maxDocumentLength()}.
 *
 * <p>Writing is canonical and deterministic: UTF-8, two-space indentation, {@code "name": value},
 * one array element per line, LF line ends and a final LF; members in record order, then
 * extensions in their stored order; empty optionals, empty lists, {@code false} and no funding
 * left out.
 *
 * <p>Immutable and thread-safe.
 */
public final class PlanJson {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The canonical layout; stateful, so each generator gets its own copy. */
    private static final DefaultPrettyPrinter CANONICAL = canonicalLayout();

    private static final PlanJson DEFAULT = new Builder().build();

    /** Where the JSON Schema of the format is, beside this class. */
    private static final String SCHEMA_RESOURCE = "plan.schema.json";

    private final boolean strict;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private PlanJson(Builder builder) {
        this.strict = builder.strict;
        this.limits = builder.limits;
        this.factory = new JsonFactoryBuilder()
                .streamReadConstraints(limits.toConstraints())
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .build();
    }

    private static DefaultPrettyPrinter canonicalLayout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /**
     * Returns the lenient reader and writer with the default limits.
     *
     * @return the shared instance, never null
     */
    public static PlanJson create() {
        return DEFAULT;
    }

    /**
     * Returns a builder, lenient and with the default limits until told otherwise.
     *
     * @return a new builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether unknown members are errors.
     *
     * @return true for a strict reader
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Returns the limits put on the documents read.
     *
     * @return the limits, never null
     */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Returns the JSON Schema (draft 2020-12) of the format, for applications in other languages.
     * The schema describes a lenient 1.x document; what it cannot express (member order,
     * duplicate names, a start after an end, the read limits) is listed in
     * {@code docs/json-format.md}, section 11. This reader remains the reference.
     *
     * @return the schema document as UTF-8 text, never null
     */
    public static String schema() {
        try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The schema resource is missing from the jar: " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema resource", e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /**
     * Reads a plan from UTF-8 bytes. A leading byte order mark is ignored.
     *
     * @param json the document, not null
     * @return the plan, never null
     * @throws PlanReadException if the bytes are not a plan document
     */
    public Plan read(byte[] json) throws PlanReadException {
        Objects.requireNonNull(json, "json");
        if (json.length > limits.maxDocumentLength()) {
            throw tooLong(json);
        }
        byte[] utf8 = startsWithBom(json) ? Arrays.copyOfRange(json, UTF8_BOM.length, json.length) : json;
        if (looksLikeUtf16Or32(utf8)) {
            throw new PlanReadException(ReadErrorCode.MALFORMED_JSON,
                    "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", 1, 1, "", null);
        }
        return parse(utf8);
    }

    /**
     * Reads a plan from a string.
     *
     * @param json the document, not null
     * @return the plan, never null
     * @throws PlanReadException if the text is not a plan document
     */
    public Plan read(String json) throws PlanReadException {
        Objects.requireNonNull(json, "json");
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                int[] position = Positions.ofChar(json, i);
                throw new PlanReadException(ReadErrorCode.MALFORMED_JSON,
                        "the text holds an unpaired surrogate, which is not Unicode", position[0], position[1], "",
                        null);
            }
        }
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a plan from a stream of UTF-8 bytes, to its end. The stream is not closed.
     *
     * @param in the stream, not null
     * @return the plan, never null
     * @throws PlanReadException if the bytes are not a plan document
     * @throws IOException if the stream fails
     */
    public Plan read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(in.readNBytes((int) limits.maxDocumentLength() + 1));
    }

    /**
     * Reads a plan from a UTF-8 file.
     *
     * @param file the file, not null
     * @return the plan, never null
     * @throws PlanReadException if the file is not a plan document
     * @throws IOException if the file cannot be read, such as {@code NoSuchFileException}
     */
    public Plan read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile() && attributes.size() <= limits.maxDocumentLength()) {
            // One read of the known size, instead of a stream read in 8 KiB pieces and copied
            // together; a file that grew meanwhile is still refused by its length.
            return read(Files.readAllBytes(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Streams of plans

    /**
     * Reads a stream of plans lazily, one document at a time: a JSON array if its first character
     * (after white space and a byte order mark) is {@code '['}, else NDJSON. The stream is not
     * closed, not even when the returned stream is.
     *
     * @param in the stream, not null
     * @return the documents in order, one entry each; read lazily
     * @throws IOException if the stream fails before its first bytes are read
     * @see #readAll(InputStream, BulkFormat)
     */
    public Stream<PlanEntry> readAll(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = new BufferedInputStream(in, 8192);
        byte[] head = new byte[1024];
        buffered.mark(head.length);
        int length = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        return readAll(buffered, DocumentSplitter.looksLikeArray(head, length) ? BulkFormat.JSON_ARRAY : BulkFormat.NDJSON);
    }

    /**
     * Reads a stream of plans lazily, one document at a time, in a given layout. Memory holds one
     * document at a time (at most {@link ReadLimits#maxDocumentLength()} bytes), whatever the number
     * of documents. A document that cannot be read gives an entry with its {@link PlanReadException},
     * whose line and column are those of the stream, and reading goes on with the next document; in
     * a JSON array a syntax error between documents, or the end of input inside one, ends the stream
     * after its entry. The stream is not closed, not even when the returned stream is.
     *
     * <p>A failure of the stream itself is thrown as {@link UncheckedIOException} by the returned
     * stream's terminal operation.
     *
     * @param in the stream, not null
     * @param format the layout, not null
     * @return the documents in order, one entry each; read lazily, sequential
     */
    public Stream<PlanEntry> readAll(InputStream in, BulkFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        DocumentSplitter splitter = new DocumentSplitter(in, format == BulkFormat.JSON_ARRAY,
                limits.maxDocumentLength());
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
     * the returned stream is, so use it in try-with-resources.
     *
     * @param file the file, not null
     * @return the documents in order, one entry each; close it
     * @throws IOException if the file cannot be opened
     */
    public Stream<PlanEntry> readAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
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
     * Tells a file of many plans from a file of one: NDJSON by its name ({@code .ndjson}), a JSON array
     * by its first character after any byte order mark and white space. Reads at most 1 KiB.
     *
     * @param file the file, not null
     * @return true for a file of many plans; false for one plan, a folder, or a file that cannot be read
     *     (whose reader then reports why)
     */
    public static boolean holdsManyPlans(Path file) {
        Objects.requireNonNull(file, "file");
        if (file.getFileName() != null && file.getFileName().toString().endsWith(".ndjson")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return DocumentSplitter.looksLikeArray(head, head.length);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Cuts the documents of a stream of plans out of it one at a time, on the calling thread, and
     * leaves each one's parsing to whoever calls its {@code Callable}, for {@link CascadeCheck}'s
     * workers. The format is guessed as {@link #readAll(InputStream)} guesses it.
     *
     * @param in the stream, not null, not closed here
     * @return the documents in order; {@code hasNext} throws {@link UncheckedIOException} if the stream fails
     * @throws IOException if the start of the stream cannot be read
     */
    Iterator<Callable<PlanEntry>> documents(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        byte[] head = new byte[1024];
        buffered.mark(head.length);
        int length = buffered.readNBytes(head, 0, head.length);
        buffered.reset();
        DocumentSplitter splitter = new DocumentSplitter(buffered, DocumentSplitter.looksLikeArray(head, length),
                limits.maxDocumentLength());
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
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.empty(), Optional.of(
                    new PlanReadException(chunk.failureCode, chunk.failureDetail, chunk.failureLine,
                            chunk.failureColumn, "", null)));
        }
        try {
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.of(read(chunk.bytes)),
                    Optional.empty());
        } catch (PlanReadException e) {
            int line = chunk.line + e.line() - 1;
            int column = e.line() == 1 ? chunk.column + e.column() - 1 : e.column();
            return new PlanEntry(chunk.index, chunk.line, chunk.column, Optional.empty(), Optional.of(
                    new PlanReadException(e.errorCode(), e.detail(), line, column, e.pointer(), e.getCause())));
        }
    }

    private Plan parse(byte[] utf8) throws PlanReadException {
        JsonParser parser = null;
        JsonInput reader = null;
        try {
            int scan = scan(utf8);
            parser = factory.createParser(utf8);
            reader = new JsonInput(parser, strict, limits.maxCollectionSize(), (scan & MAY_HOLD_SURROGATES) != 0);
            Plan plan = PlanReader.readDocument(reader);
            // Jackson decodes some ill-formed UTF-8 without complaint (overlong forms such as C0 AF
            // for '/', encoded surrogates); the JDK's decoder refuses them, so ask it once more.
            int invalid = (scan & SUSPICIOUS) == 0 ? -1 : firstInvalidUtf8AfterParse(utf8);
            if (invalid >= 0) {
                int[] position = Positions.ofByte(utf8, invalid);
                throw new PlanReadException(ReadErrorCode.MALFORMED_JSON, String.format(
                        "the document is not UTF-8: invalid byte 0x%02x", utf8[invalid] & 0xFF), position[0],
                        position[1], "", null);
            }
            return plan;
        } catch (PlanReadException e) {
            throw e;
        } catch (PlanInputException e) {
            throw failure(utf8, e.errorCode(), e.detail(), e.getLocation(), e.pointer(), e);
        } catch (StreamConstraintsException e) {
            // The start of the offending token (the string, the bracket one level too deep) says
            // more than where the parser gave up, which for a long string is its end.
            throw failure(utf8, ReadErrorCode.LIMIT_EXCEEDED, limitDetail(e.getOriginalMessage()),
                    parser == null ? e.getLocation() : parser.currentTokenLocation(), pointer(reader), e);
        } catch (JsonEOFException e) {
            throw failure(utf8, ReadErrorCode.MALFORMED_JSON, "the document ends too early (truncated?)",
                    e.getLocation(), pointer(reader), e);
        } catch (JsonParseException e) {
            int invalid = e.getOriginalMessage().contains("UTF-8") ? firstInvalidUtf8(utf8) : -1;
            if (invalid >= 0) {
                // Jackson reports where it stopped, after the bad byte; say where the bad byte is.
                int[] position = Positions.ofByte(utf8, invalid);
                throw new PlanReadException(ReadErrorCode.MALFORMED_JSON, String.format(
                        "the document is not UTF-8: invalid byte 0x%02x", utf8[invalid] & 0xFF), position[0],
                        position[1], pointer(reader), e);
            }
            throw failure(utf8, ReadErrorCode.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage(),
                    e.getLocation(), pointer(reader), e);
        } catch (CharConversionException e) {
            throw failure(utf8, ReadErrorCode.MALFORMED_JSON, "the document is not UTF-8: " + e.getMessage(),
                    null, pointer(reader), e);
        } catch (IOException e) {
            // Reading from memory has no other failure; if one comes, it is ours and must show.
            throw new UncheckedIOException("Unexpected failure reading a plan from memory", e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Closing a parser over a byte array releases buffers only.
                }
            }
        }
    }

    private static String pointer(JsonInput reader) {
        return reader == null ? "" : reader.path().toString();
    }

    private static PlanReadException failure(byte[] utf8, ReadErrorCode code, String detail, JsonLocation location,
            String pointer, Throwable cause) {
        int[] position;
        if (location == null) {
            position = new int[] {1, 1};
        } else if (location.getByteOffset() >= 0) {
            position = Positions.ofByte(utf8, location.getByteOffset());
        } else {
            position = new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
        }
        return new PlanReadException(code, ReadErrors.sanitize(detail), position[0], position[1], pointer, cause);
    }

    /** Speaks of this API's limits rather than Jackson's, and drops the Jackson method names. */
    private static String limitDetail(String message) {
        String detail = message == null ? "a read limit is exceeded" : message;
        return detail.replace("`StreamReadConstraints.getMaxNestingDepth()`", "ReadLimits.maxNestingDepth()")
                .replace("`StreamReadConstraints.getMaxStringLength()`", "ReadLimits.maxStringLength()")
                .replace("`StreamReadConstraints.getMaxNumberLength()`", "ReadLimits.maxNumberLength()")
                .replace("`StreamReadConstraints.getMaxDocumentLength()`", "ReadLimits.maxDocumentLength()")
                .replace("`StreamReadConstraints.getMaxNameLength()`", "the maximum name length");
    }

    private PlanReadException tooLong(byte[] json) {
        long max = limits.maxDocumentLength();
        int[] position = Positions.ofByte(json, max);
        return new PlanReadException(ReadErrorCode.LIMIT_EXCEEDED,
                "the document is longer than " + max + " bytes (ReadLimits.maxDocumentLength())", position[0],
                position[1], "", null);
    }

    /** A bit of {@link #scan}: the document has a lead byte whose sequence Jackson does not check. */
    static final int SUSPICIOUS = 1;

    /**
     * A bit of {@link #scan}: a string of the document may hold a surrogate, from a backslash escape
     * or a UTF-8 sequence of four bytes or one starting with ED.
     */
    static final int MAY_HOLD_SURROGATES = 2;

    /** The bits of {@link #scan} each byte value sets. */
    private static final byte[] SCAN_BITS = scanBits();

    private static byte[] scanBits() {
        byte[] bits = new byte[256];
        bits['\\'] = MAY_HOLD_SURROGATES;
        for (int b : new int[] {0xC0, 0xC1, 0xE0}) {
            bits[b] = SUSPICIOUS;
        }
        bits[0xED] = SUSPICIOUS | MAY_HOLD_SURROGATES;
        for (int b = 0xF0; b <= 0xFF; b++) {
            bits[b] = SUSPICIOUS | MAY_HOLD_SURROGATES;
        }
        return bits;
    }

    /**
     * Looks at every byte once, with a table, for what would need a closer look: {@link #SUSPICIOUS}
     * sequences, and where strings may hold surrogates ({@link #MAY_HOLD_SURROGATES}). A plain
     * document of Vietnamese text has neither, and the reader then skips both checks.
     */
    static int scan(byte[] utf8) {
        int bits = 0;
        int i = 0;
        int n = utf8.length;
        // Eight bytes at a time across runs of ASCII without a backslash (indentation, member names,
        // numbers), byte by byte elsewhere.
        while (i + Long.BYTES <= n) {
            long word = (long) LONGS.get(utf8, i);
            long backslashes = word ^ 0x5C5C5C5C5C5C5C5CL;
            if (((word | (backslashes - 0x0101010101010101L) & ~backslashes) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
                continue;
            }
            for (int end = i + Long.BYTES; i < end; i++) {
                bits |= SCAN_BITS[utf8[i] & 0xFF];
            }
        }
        for (; i < n; i++) {
            bits |= SCAN_BITS[utf8[i] & 0xFF];
        }
        return bits;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Returns {@link #firstInvalidUtf8} of a document Jackson has parsed without complaint. Jackson
     * checks every continuation byte and refuses a stray one or a lead byte F8 to FF, so what it lets
     * through can only start with a lead byte of an overlong form (C0, C1, E0, F0), a surrogate (ED)
     * or a code point above U+10FFFF (F4 to F7); only those are looked at. None of them is a
     * continuation byte, so the scan cannot land inside a sequence.
     */
    static int firstInvalidUtf8AfterParse(byte[] utf8) {
        for (int i = 0; i < utf8.length; i++) {
            if ((SCAN_BITS[utf8[i] & 0xFF] & SUSPICIOUS) != 0 && sequenceLength(utf8, i) < 0) {
                return firstInvalidUtf8(utf8);
            }
        }
        return -1;
    }

    /**
     * Returns the offset of the first byte that is not part of well-formed UTF-8 (Unicode, Table 3-7:
     * no overlong forms, no surrogates, nothing above U+10FFFF), or -1; the offset is where the JDK's
     * decoder would stop. A loop over the bytes rather than a {@code CharsetDecoder}, which decoded
     * into a buffer thrown away and cost a tenth of every read.
     */
    static int firstInvalidUtf8(byte[] utf8) {
        int i = 0;
        while (i < utf8.length) {
            int length = utf8[i] >= 0 ? 1 : sequenceLength(utf8, i);
            if (length < 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** Returns the length of the well-formed sequence at an offset, or -1 if there is none. */
    private static int sequenceLength(byte[] utf8, int i) {
        int b = utf8[i] & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        int n = utf8.length;
        if (i + 1 >= n || (utf8[i + 1] & 0xFF) < low || (utf8[i + 1] & 0xFF) > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if (i + k >= n || (utf8[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    private static boolean startsWithBom(byte[] json) {
        return json.length >= 3 && json[0] == UTF8_BOM[0] && json[1] == UTF8_BOM[1] && json[2] == UTF8_BOM[2];
    }

    /** JSON starts with an ASCII character, so UTF-16 and UTF-32 put a zero byte in the first four. */
    private static boolean looksLikeUtf16Or32(byte[] json) {
        if (json.length >= 2 && ((json[0] & 0xFF) == 0xFE && (json[1] & 0xFF) == 0xFF
                || (json[0] & 0xFF) == 0xFF && (json[1] & 0xFF) == 0xFE)) {
            return true;
        }
        for (int i = 0; i < Math.min(4, json.length); i++) {
            if (json[i] == 0) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /**
     * Writes a plan as canonical JSON text.
     *
     * @param plan the plan, not null
     * @return the document, ending with a line feed, never null
     * @throws IllegalArgumentException if an extension of the plan is not one JSON value or has the
     *     name of a member of its object, or a text is not Unicode (an unpaired surrogate)
     */
    public String write(Plan plan) {
        return new String(writeBytes(plan), StandardCharsets.UTF_8);
    }

    /**
     * Writes a plan as canonical UTF-8 bytes.
     *
     * @param plan the plan, not null
     * @return the document, ending with a line feed, never null
     * @throws IllegalArgumentException if an extension of the plan is not one JSON value or has the
     *     name of a member of its object, or a text is not Unicode (an unpaired surrogate)
     */
    public byte[] writeBytes(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            generate(plan, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Unexpected failure writing a plan to memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Writes a plan as canonical UTF-8 bytes to a stream. The document is built in memory first, so
     * nothing is written if the plan cannot be; the stream is flushed, not closed.
     *
     * @param plan the plan, not null
     * @param out the stream, not null
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if an extension of the plan is not one JSON value or has the
     *     name of a member of its object, or a text is not Unicode (an unpaired surrogate)
     */
    public void write(Plan plan, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        byte[] bytes = writeBytes(plan);
        out.write(bytes);
        out.flush();
    }

    /**
     * Writes plans one after another as a stream in a given layout, holding one plan at a time in
     * memory: {@link BulkFormat#NDJSON} writes each plan compact on one line; {@link
     * BulkFormat#JSON_ARRAY} writes {@code [}, the canonical documents separated by {@code ",\n"},
     * and {@code ]}. Reading the output with {@link #readAll(InputStream, BulkFormat)} gives the
     * same plans. The stream is flushed, not closed.
     *
     * @param plans the plans, not null, no null element; consumed
     * @param out the stream, not null
     * @param format the layout, not null
     * @return how many plans were written
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if a plan cannot be written (see {@link #writeBytes(Plan)});
     *     the plans before it are written
     */
    public long writeAll(Iterator<Plan> plans, OutputStream out, BulkFormat format) throws IOException {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        long count = 0;
        if (format == BulkFormat.JSON_ARRAY) {
            out.write('[');
        }
        while (plans.hasNext()) {
            Plan plan = Objects.requireNonNull(plans.next(), "plans element");
            byte[] bytes;
            if (format == BulkFormat.NDJSON) {
                ByteArrayOutputStream line = new ByteArrayOutputStream(8 * 1024);
                generate(plan, line, false);
                bytes = line.toByteArray();
            } else {
                bytes = writeBytes(plan);
                out.write(count == 0 ? '\n' : ',');
                if (count > 0) {
                    out.write('\n');
                }
                // The canonical document ends with a line feed; the separator follows the brace.
                bytes = Arrays.copyOf(bytes, bytes.length - 1);
            }
            out.write(bytes);
            count++;
        }
        if (format == BulkFormat.JSON_ARRAY) {
            out.write(count == 0 ? new byte[] {']', '\n'} : new byte[] {'\n', ']', '\n'});
        }
        out.flush();
        return count;
    }

    private void generate(Plan plan, OutputStream out) throws IOException {
        generate(plan, out, true);
    }

    private void generate(Plan plan, OutputStream out, boolean pretty) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            if (pretty) {
                g.setPrettyPrinter(CANONICAL.createInstance());
            }
            PlanWriter.writePlan(g, plan);
            g.writeRaw('\n');
        } catch (JsonGenerationException e) {
            throw new IllegalArgumentException("The plan cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Builds a {@link PlanJson}. Not thread-safe; the instances it builds are.
     */
    public static final class Builder {
        private boolean strict;
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * Sets whether members the format does not define are errors ({@code UNKNOWN_MEMBER})
         * rather than extensions; false by default.
         *
         * @param value true for a strict reader
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Sets the limits put on the documents read; {@link ReadLimits#defaults()} by default.
         *
         * @param value the limits, not null
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the reader and writer.
         *
         * @return a new instance, never null
         */
        public PlanJson build() {
            return new PlanJson(this);
        }
    }
}
