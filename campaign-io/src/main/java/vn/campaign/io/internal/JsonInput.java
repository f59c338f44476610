package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;
import vn.campaign.io.ReadErrorCode;

/**
 * One value being read: the parser, where the reader is in it, and how it reads.
 *
 * <p>The readers ({@link PlanReader} and the classes it uses) are stateless; everything a read
 * needs is here, in one object per read, so that cutting the reader into classes costs no
 * allocation. The reader keeps a {@link JsonPath} as it goes, so that every failure names the
 * offending value by its JSON Pointer; errors of the parser itself (syntax, limits) pass through
 * untouched, and {@link #path()} still tells where they happened.
 *
 * <p>Mutable and not thread-safe: one instance reads one value from one parser.
 */
public final class JsonInput {

    /** The parser, on the token being read. */
    final JsonParser parser;
    /** Where the reader is. */
    final JsonPath path = new JsonPath();
    /** Whether unknown members are errors rather than extensions. */
    final boolean strict;
    /** The most elements of an array or members of an object. */
    final int maxCollectionSize;
    /** False only if no string of the document can hold a surrogate. */
    private final boolean mayHoldSurrogates;
    /** How member names of the document's version map to this version's; identity for 1.x. */
    Migration migration = Migration.NONE;
    /** The cursor of each level of nesting of objects, made once per read and reused ({@link ObjectCursor#open}). */
    ObjectCursor[] cursors = new ObjectCursor[8];
    /** The number of objects being read, one inside the other. */
    int objectDepth;
    /** The elements of each level of nesting of arrays being read ({@link ValueReaders#list}). */
    Object[][] elements = new Object[8][];
    /** The number of arrays being read, one inside the other. */
    int arrayDepth;

    /**
     * Creates an input without a limit on the size of arrays and objects, for applications' own
     * mappers, whose limits are their own.
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     */
    public JsonInput(JsonParser parser, boolean strict) {
        this(parser, strict, Integer.MAX_VALUE);
    }

    /**
     * Creates an input.
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     * @param maxCollectionSize the most elements of an array or members of an object, at least 1
     */
    public JsonInput(JsonParser parser, boolean strict, int maxCollectionSize) {
        this(parser, strict, maxCollectionSize, true);
    }

    /**
     * Creates an input that may skip the search for unpaired surrogates in strings: a caller that has
     * seen every byte of the document knows when none can be there (no escape, no UTF-8 sequence that
     * decodes to a surrogate).
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     * @param maxCollectionSize the most elements of an array or members of an object, at least 1
     * @param mayHoldSurrogates false only if no string of the document can hold a surrogate
     */
    public JsonInput(JsonParser parser, boolean strict, int maxCollectionSize, boolean mayHoldSurrogates) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.strict = strict;
        this.maxCollectionSize = maxCollectionSize;
        this.mayHoldSurrogates = mayHoldSurrogates;
    }

    /**
     * Returns where the reader is, for errors of the parser itself.
     *
     * @return the current path, never null
     */
    public JsonPath path() {
        return path;
    }

    /**
     * Reads the next token inside an object: a member name or the object's end. Jackson reads the
     * start of the member's value together with its name, so a syntax error or a limit in that value
     * surfaces here, with the parser already on the name; the name then joins the path, so that the
     * error points at the member rather than at its object.
     */
    JsonToken nextInObject(Class<?> owner) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            if (parser.currentToken() == JsonToken.FIELD_NAME) {
                path.push(owner, parser.currentName());
            }
            throw e;
        }
    }

    /** Refuses a text with an unpaired surrogate, unless the document cannot hold one. */
    void checkUnicode(String text, String what) throws PlanInputException {
        if (!mayHoldSurrogates) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ReadErrors.fail(this, ReadErrorCode.INVALID_VALUE, what + " holds an unpaired surrogate \\u"
                        + Integer.toHexString(c) + ", which is not Unicode text", parser.currentTokenLocation());
            }
        }
    }
}
