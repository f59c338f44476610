package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadErrorCode;

/**
 * Turns every way a document can fail to be read into the API's one exception,
 * {@link PlanReadException}: the reader's {@link PlanInputException}s, Jackson's syntax errors and
 * limits, bytes that are not UTF-8, and the problems found before parsing.
 *
 * <p>Positions are counted again from the bytes ({@link Positions}), in code points rather than in
 * Jackson's bytes; details speak of this API ({@code ReadLimits}) rather than of Jackson, and are
 * kept on one line. The exception's constructor is not public, so {@code PlanJson} hands it over as
 * a {@link Factory}. Immutable and thread-safe.
 */
public final class ReadFailures {

    /** Creates the API's exception; {@code PlanJson} passes the constructor of {@link PlanReadException}. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates the exception.
         *
         * @param code the stable code, not null
         * @param detail what is wrong, one line, without the location; not null
         * @param line the line, from 1
         * @param column the column, from 1
         * @param pointer the JSON Pointer of the offending value, {@code ""} for the root; not null
         * @param cause the underlying failure, may be null
         * @return the exception, never null
         */
        PlanReadException create(ReadErrorCode code, String detail, int line, int column, String pointer,
                Throwable cause);
    }

    private final Factory factory;

    /**
     * Creates the translation.
     *
     * @param factory makes the exceptions, not null
     */
    public ReadFailures(Factory factory) {
        this.factory = factory;
    }

    /**
     * Translates a failure of the parser or the reader while a document was parsed.
     *
     * @param e the failure, not null
     * @param utf8 the document, without byte order mark, not null
     * @param parser the parser, or null if it could not be created
     * @param input the input being read, or null if reading had not started
     * @return the exception to throw, never null
     * @throws UncheckedIOException for a failure that reading from memory cannot have
     */
    public PlanReadException of(IOException e, byte[] utf8, JsonParser parser, JsonInput input) {
        if (e instanceof PlanInputException) {
            PlanInputException problem = (PlanInputException) e;
            return failure(utf8, problem.errorCode(), problem.detail(), problem.getLocation(), problem.pointer(), e);
        }
        if (e instanceof StreamConstraintsException) {
            StreamConstraintsException limit = (StreamConstraintsException) e;
            // The start of the offending token (the string, the bracket one level too deep) says
            // more than where the parser gave up, which for a long string is its end.
            return failure(utf8, ReadErrorCode.LIMIT_EXCEEDED, limitDetail(limit.getOriginalMessage()),
                    parser == null ? limit.getLocation() : parser.currentTokenLocation(), pointer(input), e);
        }
        if (e instanceof JsonParseException) {
            JsonParseException syntax = (JsonParseException) e;
            int invalid = e instanceof JsonEOFException || !String.valueOf(syntax.getOriginalMessage()).contains("UTF-8")
                    ? -1 : Utf8Scanner.firstInvalidUtf8(utf8);
            if (invalid >= 0) {
                // Jackson reports where it stopped, after the bad byte; say where the bad byte is.
                return invalidUtf8(utf8, invalid, pointer(input), e);
            }
            return failure(utf8, ReadErrorCode.MALFORMED_JSON, syntaxDetail(syntax), syntax.getLocation(),
                    pointer(input), e);
        }
        if (e instanceof CharConversionException) {
            return failure(utf8, ReadErrorCode.MALFORMED_JSON, "the document is not UTF-8: " + e.getMessage(),
                    null, pointer(input), e);
        }
        // Reading from memory has no other failure; if one comes, it is ours and must show.
        throw new UncheckedIOException("Unexpected failure reading a plan from memory", e);
    }

    /**
     * Returns what a Jackson 2 syntax error says, as {@code PlanJson} reports it with
     * {@link ReadErrorCode#MALFORMED_JSON}: a truncated document, or the parser's own words. The
     * {@code CampaignModule} deserializers report the syntax errors of an application's parser with it,
     * so that both bindings say the same.
     *
     * @param e the parser's failure, not null
     * @return the detail, not yet {@linkplain ReadErrors#sanitize(String) sanitized}, never null
     */
    public static String syntaxDetail(JsonParseException e) {
        return e instanceof JsonEOFException ? "the document ends too early (truncated?)"
                : "malformed JSON: " + e.getOriginalMessage();
    }

    /**
     * A byte that is not part of well-formed UTF-8.
     *
     * @param utf8 the document, not null
     * @param offset the offset of the byte
     * @param pointer the JSON Pointer where the reader was, {@code ""} for the root
     * @param cause the parser's failure, may be null
     * @return the exception, never null
     */
    public PlanReadException invalidUtf8(byte[] utf8, int offset, String pointer, Throwable cause) {
        int[] position = Positions.ofByte(utf8, offset);
        return factory.create(ReadErrorCode.MALFORMED_JSON, String.format(
                "the document is not UTF-8: invalid byte 0x%02x", utf8[offset] & 0xFF), position[0], position[1],
                pointer, cause);
    }

    /**
     * Bytes in UTF-16 or UTF-32.
     *
     * @return the exception, never null
     */
    public PlanReadException notUtf8() {
        return factory.create(ReadErrorCode.MALFORMED_JSON,
                "the document is not UTF-8 (it looks like UTF-16 or UTF-32)", 1, 1, "", null);
    }

    /**
     * A Java string with an unpaired surrogate.
     *
     * @param json the text, not null
     * @param index the index of the surrogate
     * @return the exception, never null
     */
    public PlanReadException unpairedSurrogate(String json, int index) {
        int[] position = Positions.ofChar(json, index);
        return factory.create(ReadErrorCode.MALFORMED_JSON,
                "the text holds an unpaired surrogate, which is not Unicode", position[0], position[1], "", null);
    }

    /**
     * A document longer than the limit; the position is that of the first byte beyond it.
     *
     * @param json the document, not null
     * @param max the most bytes a document may have
     * @return the exception, never null
     */
    public PlanReadException tooLong(byte[] json, long max) {
        int[] position = Positions.ofByte(json, max);
        return factory.create(ReadErrorCode.LIMIT_EXCEEDED,
                "the document is longer than " + max + " bytes (ReadLimits.maxDocumentLength())", position[0],
                position[1], "", null);
    }

    /**
     * The problem the splitter of a stream found where a document was expected.
     *
     * @param chunk the chunk without a document, not null
     * @return the exception, never null
     */
    public PlanReadException ofChunk(DocumentSplitter.Chunk chunk) {
        return factory.create(chunk.failureCode, chunk.failureDetail, chunk.failureLine, chunk.failureColumn, "",
                null);
    }

    /**
     * The failure of a document of a stream, with its line and column in the stream.
     *
     * @param e the failure, placed in the document, not null
     * @param line the line of the document's first byte in the stream, from 1
     * @param column the column of the document's first byte in the stream, from 1
     * @return the exception, never null
     */
    public PlanReadException inStream(PlanReadException e, int line, int column) {
        int streamLine = line + e.line() - 1;
        int streamColumn = e.line() == 1 ? column + e.column() - 1 : e.column();
        return factory.create(e.errorCode(), e.detail(), streamLine, streamColumn, e.pointer(), e.getCause());
    }

    private static String pointer(JsonInput input) {
        return input == null ? "" : input.path().toString();
    }

    private PlanReadException failure(byte[] utf8, ReadErrorCode code, String detail, JsonLocation location,
            String pointer, Throwable cause) {
        int[] position;
        if (location == null) {
            position = new int[] {1, 1};
        } else if (location.getByteOffset() >= 0) {
            position = Positions.ofByte(utf8, location.getByteOffset());
        } else {
            position = new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
        }
        return factory.create(code, ReadErrors.sanitize(detail), position[0], position[1], pointer, cause);
    }

    /**
     * Speaks of this API's limits rather than Jackson's, and drops the Jackson method names.
     *
     * @param message the parser's message, may be null
     * @return the detail, not yet sanitized, never null
     */
    static String limitDetail(String message) {
        String detail = message == null ? "a read limit is exceeded" : message;
        return detail.replace("`StreamReadConstraints.getMaxNestingDepth()`", "ReadLimits.maxNestingDepth()")
                .replace("`StreamReadConstraints.getMaxStringLength()`", "ReadLimits.maxStringLength()")
                .replace("`StreamReadConstraints.getMaxNumberLength()`", "ReadLimits.maxNumberLength()")
                .replace("`StreamReadConstraints.getMaxDocumentLength()`", "ReadLimits.maxDocumentLength()")
                .replace("`StreamReadConstraints.getMaxNameLength()`", "the maximum name length");
    }
}
