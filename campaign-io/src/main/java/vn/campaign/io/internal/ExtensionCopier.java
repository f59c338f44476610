package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.campaign.io.ReadErrorCode;

/**
 * Copies the value of an unknown member exactly, as the JSON text an {@code Extensions} keeps.
 *
 * <p>Numbers keep the text they were written with ({@code 1.50} stays {@code 1.50}); duplicate
 * names are refused at any depth, and so are two names equal in NFC (the model would keep one), and the path follows the copy, so that errors inside an
 * extension point into it. Iterative, so depth is bounded only by the parser's limits. Stateless
 * and thread-safe.
 */
final class ExtensionCopier {

    private static final JsonFactory GENERATORS = new JsonFactory();

    private ExtensionCopier() {
    }

    /** One open object or array of a value being copied. */
    private static final class Frame {
        final boolean array;
        /** The names seen, in NFC, to the name as written. */
        final Map<String, String> names;
        int index = -1;
        boolean entered;

        Frame(boolean array) {
            this.array = array;
            this.names = array ? Map.of() : new HashMap<>();
        }
    }

    /**
     * Returns the compact JSON text of the value the parser is on, leaving it on the value's last
     * token.
     *
     * @param in the input, on the value's first token
     * @return the text, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    static String copy(JsonInput in) throws IOException {
        JsonParser p = in.parser;
        JsonPath path = in.path;
        StringWriter out = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            ArrayDeque<Frame> frames = new ArrayDeque<>();
            JsonToken token = p.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT -> {
                        g.writeStartObject();
                        frames.push(new Frame(false));
                    }
                    case START_ARRAY -> {
                        g.writeStartArray();
                        frames.push(new Frame(true));
                    }
                    case END_OBJECT -> {
                        g.writeEndObject();
                        frames.pop();
                    }
                    case END_ARRAY -> {
                        g.writeEndArray();
                        frames.pop();
                    }
                    case FIELD_NAME -> {
                        Frame frame = frames.peek();
                        String name = p.currentName();
                        path.push(Map.class, name);
                        frame.entered = true;
                        in.checkUnicode(name, "the member name");
                        if (frame.names.size() == in.maxCollectionSize) {
                            throw ReadErrors.tooMany(in, "members", p.currentTokenLocation());
                        }
                        String earlier = frame.names.putIfAbsent(ReadErrors.nfcName(name), name);
                        if (name.equals(earlier)) {
                            throw ReadErrors.fail(in, ReadErrorCode.DUPLICATE_MEMBER, "the member "
                                    + ReadErrors.quote(name) + " is given twice", p.currentTokenLocation());
                        }
                        if (earlier != null) {
                            throw ReadErrors.equivalentMember(in, name, p.currentTokenLocation());
                        }
                        g.writeFieldName(name);
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        in.checkUnicode(text, "the string");
                        g.writeString(text);
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("Unexpected token in JSON text: " + token);
                }
                if (frames.isEmpty()) {
                    break;
                }
                Frame frame = frames.peek();
                if (frame.array) {
                    if (frame.entered) {
                        path.pop();
                    }
                    frame.index++;
                    path.push(List.class, frame.index);
                    frame.entered = true;
                    token = p.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        path.pop();
                        frame.entered = false;
                    } else if (frame.index == in.maxCollectionSize) {
                        throw ReadErrors.tooMany(in, "elements", p.currentTokenLocation());
                    }
                } else if (token == JsonToken.FIELD_NAME) {
                    token = p.nextToken();
                } else {
                    if (frame.entered) {
                        path.pop();
                        frame.entered = false;
                    }
                    token = in.nextInObject(Map.class);
                }
            }
        }
        return out.toString();
    }
}
