package vn.campaign.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import vn.campaign.io.internal.BulkSniffer;
import vn.campaign.io.internal.DocumentParser;
import vn.campaign.io.internal.PlanStreams;
import vn.campaign.io.internal.PlanWriter;
import vn.campaign.io.internal.ReadFailures;
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
 *
 * @since 0.1
 */
public final class PlanJson {

    /** Makes the exceptions of reading; declared before {@link #DEFAULT}, which uses it. */
    private static final ReadFailures FAILURES = new ReadFailures(PlanReadException::new);

    /** The canonical layout; stateful, so each generator gets its own copy. */
    private static final DefaultPrettyPrinter CANONICAL = canonicalLayout();

    private static final PlanJson DEFAULT = new Builder().build();

    /** Where the JSON Schema of the format is, beside this class. */
    private static final String SCHEMA_RESOURCE = "plan.schema.json";

    private final boolean strict;
    private final ReadLimits limits;
    private final JsonFactory factory;
    /** Reads one document. */
    private final DocumentParser documents;
    /** Reads streams of documents. */
    private final PlanStreams streams;

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
        this.documents = new DocumentParser(factory, strict, limits, FAILURES);
        this.streams = new PlanStreams(documents, FAILURES, limits.maxDocumentLength());
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
        return documents.read(json);
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
        return documents.read(json);
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
     * @throws IOException if the file cannot be read, such as {@code NoSuchFileException}, or is not a
     *     regular file (a folder, a FIFO, a device or a socket, refused before any read, so that a
     *     read never waits on one)
     */
    public Plan read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes attributes = requireRegularFile(file);
        if (attributes.size() <= limits.maxDocumentLength()) {
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
        return streams.readAll(in);
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
        return streams.readAll(in, format);
    }

    /**
     * Reads a file of plans lazily, as {@link #readAll(InputStream)} does; the file is closed when
     * the returned stream is, so use it in try-with-resources.
     *
     * @param file the file, not null
     * @return the documents in order, one entry each; close it
     * @throws IOException if the file cannot be opened or is not a regular file (a folder, a FIFO, a
     *     device or a socket, refused before it is opened)
     */
    public Stream<PlanEntry> readAll(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        requireRegularFile(file);
        return streams.readAll(file);
    }

    /** The attributes of a regular file; anything else is refused before it is opened. */
    private static BasicFileAttributes requireRegularFile(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new IOException(attributes.isDirectory() ? "is a folder, not a plan file"
                    : "not a regular file (a FIFO, a device or a socket)");
        }
        return attributes;
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
        return BulkSniffer.holdsManyPlans(file);
    }

    /**
     * Cuts the documents of a stream of plans out of it one at a time, on the calling thread, and
     * leaves each one's parsing to whoever calls its {@code Callable}, so that documents are parsed
     * on other threads (as {@code vn.campaign.cascade.CascadeCheck} does). The format is guessed as
     * {@link #readAll(InputStream)} guesses it.
     *
     * @param in the stream, not null, not closed here
     * @return the documents in order; {@code hasNext} throws {@link UncheckedIOException} if the stream fails
     * @throws IOException if the start of the stream cannot be read
     */
    public Iterator<Callable<PlanEntry>> documents(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return streams.documents(in);
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
