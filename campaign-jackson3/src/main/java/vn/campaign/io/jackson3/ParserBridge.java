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

/**
 * A Jackson 3 parser seen as the Jackson 2 parser campaign-io's reader reads from: the one
 * adapter between the two majors on the reading side, so that there is one reader.
 *
 * <p>It hands on tokens, texts, numbers and locations, and turns Jackson 3's errors of the stream
 * into their Jackson 2 counterparts (syntax, end of input, limits), which the reader and
 * {@link Bindings} know. Columns are given in Unicode code points, as {@code PlanJson} gives them:
 * Jackson counts columns in bytes when it reads bytes (in UTF-16 units when it reads characters),
 * so the bridge subtracts the extra units of the strings and names read before on the same line.
 * JSON has non-ASCII text only inside strings and names, and no string spans lines, so the count
 * is exact unless a string on that line writes a non-ASCII letter as a {@code \}{@code u} escape.
 *
 * <p>Only what the reader calls is supported: it never asks for binary values, codecs or the
 * parsing context. Mutable and not thread-safe: one bridge per value read.
 */
final class ParserBridge extends ParserMinimalBase {

    private final JsonParser delegate;
    /** The line of the last string or name with letters beyond ASCII, 0 before the first. */
    private int shiftLine;
    /** Units beyond one per code point on {@link #shiftLine} before the current token. */
    private int shift;
    /** Units beyond one per code point of the current token, if it is a string or a name. */
    private int ownShift;

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

    /**
     * Follows the shift of columns as a token is reached. Only a string or a name beyond ASCII asks
     * for its location (to learn its line), so that plain tokens cost nothing here.
     */
    private void track() {
        shift += ownShift;
        ownShift = 0;
        if (_currToken != JsonToken.VALUE_STRING && _currToken != JsonToken.FIELD_NAME) {
            return;
        }
        String text = _currToken == JsonToken.FIELD_NAME ? delegate.currentName() : delegate.getString();
        if (isAscii(text)) {
            return;
        }
        TokenStreamLocation at = delegate.currentTokenLocation();
        if (at.getLineNr() != shiftLine) {
            shiftLine = at.getLineNr();
            shift = 0;
        }
        ownShift = extraUnits(text, at.getByteOffset() >= 0);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The units of a text beyond one per code point: UTF-8 bytes, or UTF-16 units. */
    private static int extraUnits(String text, boolean bytes) {
        int extra = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    extra += bytes ? 3 : 1;
                    i++;
                } else {
                    extra += bytes ? (c < 0x800 ? 1 : 2) : 0;
                }
            }
        }
        return extra;
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
        int column = at.getColumnNr();
        if (at.getLineNr() == shiftLine && column > 0) {
            column = Math.max(1, column - shift - (afterCurrent ? ownShift : 0));
        }
        return new JsonLocation(ContentReference.unknown(), -1L, -1L, at.getLineNr(), column);
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
