package vn.campaign.io.jackson3;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import vn.campaign.io.internal.ColumnShift;

/**
 * A Jackson 3 parser seen as the Jackson 2 parser campaign-io's reader reads from: the one
 * adapter between the two majors on the reading side, so that there is one reader.
 *
 * <p>It hands on tokens, texts, numbers and locations, and turns Jackson 3's errors of the stream
 * into their Jackson 2 counterparts (syntax, end of input, limits), which the reader and
 * {@link Bindings} know. Columns are given in Unicode code points, as {@code PlanJson} gives them,
 * through campaign-io's {@link ColumnShift}.
 *
 * <p>Only what the reader calls is supported: it never asks for binary values, codecs or the
 * parsing context. Mutable and not thread-safe: one bridge per value read.
 */
final class ParserBridge extends ParserMinimalBase {

    private final JsonParser delegate;
    /** Columns in code points rather than the delegate's bytes or UTF-16 units. */
    private final ColumnShift shift = new ColumnShift();

    ParserBridge(JsonParser delegate) {
        super(0, StreamReadConstraints.defaults()); // unused: the delegate parses, under its own limits
        this.delegate = delegate;
        this._currToken = convert(delegate.currentToken());
        track();
    }

    @Override
    public JsonToken nextToken() throws IOException {
        tools.jackson.core.JsonToken token;
        try {
            token = delegate.nextToken();
        } catch (JacksonException e) {
            throw translate(e);
        }
        _currToken = convert(token);
        track();
        return _currToken;
    }

    /** Follows the shift of columns as a token is reached; only a string or a name beyond ASCII costs more. */
    private void track() {
        shift.advance();
        if (_currToken != JsonToken.VALUE_STRING && _currToken != JsonToken.FIELD_NAME) {
            return;
        }
        String text = _currToken == JsonToken.FIELD_NAME ? delegate.currentName() : delegate.getString();
        if (!ColumnShift.isAscii(text)) {
            TokenStreamLocation at = delegate.currentTokenLocation();
            shift.text(text, at.getLineNr(), at.getByteOffset() >= 0);
        }
    }

    /**
     * Returns a Jackson 3 location as a Jackson 2 one, its column in code points.
     *
     * @param at the location, may be null
     * @param afterCurrent whether the location may lie after the current token (the parser's
     *     position, an error), rather than at its start
     * @return the location, without offsets, never null
     */
    JsonLocation convert(TokenStreamLocation at, boolean afterCurrent) {
        if (at == null) {
            return JsonLocation.NA;
        }
        return new JsonLocation(ContentReference.unknown(), -1L, -1L, at.getLineNr(),
                shift.column(at.getLineNr(), at.getColumnNr(), afterCurrent));
    }

    private IOException translate(JacksonException e) {
        if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
            return (IOException) e.getCause();
        }
        JsonLocation at = convert(e.getLocation(), true);
        if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
            return new StreamConstraintsException(e.getOriginalMessage(), at);
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return new JsonEOFException(this, _currToken, e.getOriginalMessage());
        }
        return new JsonParseException(this, e.getOriginalMessage(), at, e);
    }

    private static JsonToken convert(tools.jackson.core.JsonToken token) {
        if (token == null) {
            return null;
        }
        switch (token) {
            case START_OBJECT:
                return JsonToken.START_OBJECT;
            case END_OBJECT:
                return JsonToken.END_OBJECT;
            case START_ARRAY:
                return JsonToken.START_ARRAY;
            case END_ARRAY:
                return JsonToken.END_ARRAY;
            case PROPERTY_NAME:
                return JsonToken.FIELD_NAME;
            case VALUE_STRING:
                return JsonToken.VALUE_STRING;
            case VALUE_NUMBER_INT:
                return JsonToken.VALUE_NUMBER_INT;
            case VALUE_NUMBER_FLOAT:
                return JsonToken.VALUE_NUMBER_FLOAT;
            case VALUE_TRUE:
                return JsonToken.VALUE_TRUE;
            case VALUE_FALSE:
                return JsonToken.VALUE_FALSE;
            case VALUE_NULL:
                return JsonToken.VALUE_NULL;
            case VALUE_EMBEDDED_OBJECT:
                return JsonToken.VALUE_EMBEDDED_OBJECT;
            default:
                return JsonToken.NOT_AVAILABLE;
        }
    }

    @Override
    public JsonLocation currentTokenLocation() {
        return convert(delegate.currentTokenLocation(), false);
    }

    @Override
    public JsonLocation currentLocation() {
        return convert(delegate.currentLocation(), true);
    }

    @Override
    @Deprecated
    public JsonLocation getTokenLocation() {
        return currentTokenLocation();
    }

    @Override
    @Deprecated
    public JsonLocation getCurrentLocation() {
        return currentLocation();
    }

    @Override
    public String currentName() {
        return delegate.currentName();
    }

    @Override
    @Deprecated
    public String getCurrentName() {
        return currentName();
    }

    @Override
    public String getText() throws IOException {
        if (_currToken == JsonToken.FIELD_NAME) {
            return delegate.currentName();
        }
        return guarded(delegate::getString);
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        String text = getText();
        return text == null ? null : text.toCharArray();
    }

    @Override
    public boolean hasTextCharacters() {
        return false;
    }

    @Override
    public int getTextLength() throws IOException {
        String text = getText();
        return text == null ? 0 : text.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public NumberType getNumberType() throws IOException {
        tools.jackson.core.JsonParser.NumberType type = guarded(delegate::getNumberType);
        return type == null ? null : NumberType.valueOf(type.name());
    }

    /** A call of the delegate that may fail. */
    @FunctionalInterface
    private interface Call<T> {
        T call();
    }

    /** Calls the delegate, its errors translated to Jackson 2's. */
    private <T> T guarded(Call<T> call) throws IOException {
        try {
            return call.call();
        } catch (JacksonException e) {
            throw translate(e);
        }
    }

    @Override
    public Number getNumberValue() throws IOException {
        return guarded(delegate::getNumberValue);
    }

    @Override
    public int getIntValue() throws IOException {
        return guarded(delegate::getIntValue);
    }

    @Override
    public long getLongValue() throws IOException {
        return guarded(delegate::getLongValue);
    }

    @Override
    public BigInteger getBigIntegerValue() throws IOException {
        return guarded(delegate::getBigIntegerValue);
    }

    @Override
    public float getFloatValue() throws IOException {
        return guarded(delegate::getFloatValue);
    }

    @Override
    public double getDoubleValue() throws IOException {
        return guarded(delegate::getDoubleValue);
    }

    @Override
    public BigDecimal getDecimalValue() throws IOException {
        return guarded(delegate::getDecimalValue);
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) {
        throw new UnsupportedOperationException("The plan format has no binary values");
    }

    @Override
    protected void _handleEOF() throws JsonParseException {
        // End of input is the delegate's to detect; it reports it through nextToken.
    }

    @Override
    public void close() {
        // The delegate belongs to the application's mapper, which closes it.
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public JsonStreamContext getParsingContext() {
        return JsonReadContext.createRootContext(null);
    }

    @Override
    public void overrideCurrentName(String name) {
        throw new UnsupportedOperationException("The bridge does not rename members");
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public void setCodec(ObjectCodec codec) {
        throw new UnsupportedOperationException("The bridge has no codec");
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }
}
