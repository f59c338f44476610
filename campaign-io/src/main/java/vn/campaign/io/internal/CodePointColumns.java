package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * An application's Jackson 2 parser whose locations count columns in code points, as
 * {@code PlanJson}'s do (see {@link ColumnShift}), so that {@code CampaignModule}'s errors point
 * where an editor shows them. Everything else is the parser's own. The advancing methods the reader
 * may call are routed through {@link #nextToken()}, so that none escapes the count.
 *
 * <p>Mutable and not thread-safe: one per value read.
 */
final class CodePointColumns extends JsonParserDelegate {

    private final ColumnShift shift = new ColumnShift();

    CodePointColumns(JsonParser parser) throws IOException {
        super(parser);
        track();
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        track();
        return token;
    }

    private void track() throws IOException {
        shift.advance();
        JsonToken token = delegate.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
            String text = token == JsonToken.FIELD_NAME ? delegate.currentName() : delegate.getText();
            if (!ColumnShift.isAscii(text)) {
                JsonLocation at = delegate.currentTokenLocation();
                shift.text(text, at.getLineNr(), at.getByteOffset() >= 0);
            }
        }
    }

    private JsonLocation convert(JsonLocation at, boolean afterCurrent) {
        return at == null ? null : new JsonLocation(at.contentReference(), at.getByteOffset(), at.getCharOffset(),
                at.getLineNr(), shift.column(at.getLineNr(), at.getColumnNr(), afterCurrent));
    }

    /**
     * Returns a location where the parser stopped, such as that of its syntax error, with its column
     * in code points.
     *
     * @param at the parser's location, may be null
     * @return the location, null if {@code at} is
     */
    JsonLocation located(JsonLocation at) {
        return convert(at, true);
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return convert(delegate.currentTokenLocation(), false);
    }

    @Override
    @Deprecated
    public JsonLocation getTokenLocation() {
        return currentTokenLocation();
    }

    @Override
    public JsonLocation currentLocation() {
        return convert(delegate.currentLocation(), true);
    }

    @Override
    @Deprecated
    public JsonLocation getCurrentLocation() {
        return currentLocation();
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    @Override
    public String nextFieldName() throws IOException {
        return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
    }

    @Override
    public boolean nextFieldName(SerializableString name) throws IOException {
        return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
    }

    @Override
    public String nextTextValue() throws IOException {
        return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
    }
}
