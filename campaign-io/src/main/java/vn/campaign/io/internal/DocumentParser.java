package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.campaign.io.PlanReadException;
import vn.campaign.io.ReadLimits;
import vn.campaign.model.Plan;

/**
 * Reads one whole plan document held in memory, for {@code PlanJson}: checks what Jackson does not
 * (the length, the encoding, ill-formed UTF-8), runs the {@link PlanReader}, and turns every
 * failure into a {@link PlanReadException} through {@link ReadFailures}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DocumentParser {

    private final JsonFactory factory;
    private final boolean strict;
    private final ReadLimits limits;
    private final ReadFailures failures;

    /**
     * Creates the parser of documents.
     *
     * @param factory makes Jackson parsers with the stream limits, not null
     * @param strict whether unknown members are errors rather than extensions
     * @param limits the limits put on the documents read, not null
     * @param failures makes the exceptions, not null
     */
    public DocumentParser(JsonFactory factory, boolean strict, ReadLimits limits, ReadFailures failures) {
        this.factory = factory;
        this.strict = strict;
        this.limits = limits;
        this.failures = failures;
    }

    /**
     * Reads a plan from UTF-8 bytes. A leading byte order mark is ignored.
     *
     * @param json the document, not null
     * @return the plan, never null
     * @throws PlanReadException if the bytes are not a plan document
     */
    public Plan read(byte[] json) throws PlanReadException {
        if (json.length > limits.maxDocumentLength()) {
            throw failures.tooLong(json, limits.maxDocumentLength());
        }
        byte[] utf8 = Utf8Scanner.startsWithBom(json)
                ? Arrays.copyOfRange(json, Utf8Scanner.BOM_LENGTH, json.length)
                : json;
        if (Utf8Scanner.looksLikeUtf16Or32(utf8)) {
            throw failures.notUtf8();
        }
        return parse(utf8);
    }

    /**
     * Reads a plan from a string, which must be Unicode text (no unpaired surrogate).
     *
     * @param json the document, not null
     * @return the plan, never null
     * @throws PlanReadException if the text is not a plan document
     */
    public Plan read(String json) throws PlanReadException {
        int unpaired = Utf8Scanner.firstUnpairedSurrogate(json);
        if (unpaired >= 0) {
            throw failures.unpairedSurrogate(json, unpaired);
        }
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    private Plan parse(byte[] utf8) throws PlanReadException {
        JsonParser parser = null;
        JsonInput input = null;
        int scan = Utf8Scanner.scan(utf8);
        Plan plan;
        try {
            parser = factory.createParser(utf8);
            input = new JsonInput(parser, strict, limits.maxCollectionSize(),
                    (scan & Utf8Scanner.MAY_HOLD_SURROGATES) != 0);
            plan = PlanReader.readDocument(input);
        } catch (PlanInputException e) {
            int surrogate = encodedSurrogateBefore(utf8, scan, parser);
            if (surrogate >= 0) {
                // Jackson 2.20 and later refuse an encoded surrogate (ED A0..BF ..) as they read it
                // (MALFORMED_JSON); 2.19 decodes it into the string, where the reader then finds an
                // unpaired surrogate (INVALID_VALUE). The bytes are at fault: the same code under both.
                throw failures.invalidUtf8(utf8, surrogate, e.pointer(), e);
            }
            throw failures.of(e, utf8, parser, input);
        } catch (IOException e) {
            throw failures.of(e, utf8, parser, input);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // Closing a parser over a byte array releases buffers only.
                }
            }
        }
        // Jackson decodes some ill-formed UTF-8 without complaint (overlong forms such as C0 AF
        // for '/', encoded surrogates); the JDK's decoder refuses them, so ask it once more.
        int invalid = (scan & Utf8Scanner.SUSPICIOUS) == 0 ? -1 : Utf8Scanner.firstInvalidUtf8AfterParse(utf8);
        if (invalid >= 0) {
            throw failures.invalidUtf8(utf8, invalid, "", null);
        }
        return plan;
    }

    /**
     * Returns the offset of the first ill-formed UTF-8 byte if it is the lead byte of an encoded
     * surrogate and the parser has read it, else -1.
     */
    private static int encodedSurrogateBefore(byte[] utf8, int scan, JsonParser parser) {
        if ((scan & Utf8Scanner.SUSPICIOUS) == 0 || parser == null) {
            return -1;
        }
        int invalid = Utf8Scanner.firstInvalidUtf8AfterParse(utf8);
        boolean read = invalid >= 0 && invalid < parser.currentLocation().getByteOffset();
        return read && (utf8[invalid] & 0xFF) == 0xED ? invalid : -1;
    }
}
