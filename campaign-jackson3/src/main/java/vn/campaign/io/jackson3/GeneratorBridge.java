package vn.campaign.io.jackson3;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.TreeNode;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;

/**
 * A Jackson 3 generator seen as the Jackson 2 generator campaign-io's writer writes to: the one
 * adapter between the two majors on the writing side, so that there is one writer and the bytes are
 * those of {@code PlanJson} and {@code CampaignModule}, in the layout of the application's
 * generator (its pretty printer, if any, sees the same calls).
 *
 * <p>Names, strings, numbers, booleans, nulls, structure and raw text go through; the writer uses
 * nothing else (no codec, no objects, no trees), so those are refused. Errors are Jackson 3's own,
 * unchecked. Mutable and not thread-safe: one bridge per value written.
 */
final class GeneratorBridge extends com.fasterxml.jackson.core.JsonGenerator {

    private final JsonGenerator delegate;

    GeneratorBridge(JsonGenerator delegate) {
        this.delegate = delegate;
    }

    @Override
    public void writeStartArray() {
        delegate.writeStartArray();
    }

    @Override
    public void writeEndArray() {
        delegate.writeEndArray();
    }

    @Override
    public void writeStartObject() {
        delegate.writeStartObject();
    }

    @Override
    public void writeEndObject() {
        delegate.writeEndObject();
    }

    @Override
    public void writeFieldName(String name) {
        delegate.writeName(name);
    }

    @Override
    public void writeFieldName(SerializableString name) {
        delegate.writeName(name.getValue());
    }

    @Override
    public void writeString(String text) {
        delegate.writeString(text);
    }

    @Override
    public void writeString(char[] buffer, int offset, int length) {
        delegate.writeString(buffer, offset, length);
    }

    @Override
    public void writeString(SerializableString text) {
        delegate.writeString(text.getValue());
    }

    @Override
    public void writeRawUTF8String(byte[] buffer, int offset, int length) {
        delegate.writeRawUTF8String(buffer, offset, length);
    }

    @Override
    public void writeUTF8String(byte[] buffer, int offset, int length) {
        delegate.writeUTF8String(buffer, offset, length);
    }

    @Override
    public void writeRaw(String text) {
        delegate.writeRaw(text);
    }

    @Override
    public void writeRaw(String text, int offset, int length) {
        delegate.writeRaw(text, offset, length);
    }

    @Override
    public void writeRaw(char[] text, int offset, int length) {
        delegate.writeRaw(text, offset, length);
    }

    @Override
    public void writeRaw(char c) {
        delegate.writeRaw(c);
    }

    @Override
    public void writeRawValue(String text) {
        delegate.writeRawValue(text);
    }

    @Override
    public void writeRawValue(String text, int offset, int length) {
        delegate.writeRawValue(text, offset, length);
    }

    @Override
    public void writeRawValue(char[] text, int offset, int length) {
        delegate.writeRawValue(text, offset, length);
    }

    @Override
    public void writeBinary(Base64Variant variant, byte[] data, int offset, int length) {
        throw new UnsupportedOperationException("The plan format has no binary values");
    }

    @Override
    public int writeBinary(Base64Variant variant, InputStream data, int length) {
        throw new UnsupportedOperationException("The plan format has no binary values");
    }

    @Override
    public void writeNumber(int value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(long value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(BigInteger value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(double value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(float value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(BigDecimal value) {
        delegate.writeNumber(value);
    }

    @Override
    public void writeNumber(String encodedValue) {
        delegate.writeNumber(encodedValue);
    }

    @Override
    public void writeBoolean(boolean state) {
        delegate.writeBoolean(state);
    }

    @Override
    public void writeNull() {
        delegate.writeNull();
    }

    @Override
    public void writeObject(Object value) {
        throw new UnsupportedOperationException("The writer of the plan format writes no objects");
    }

    @Override
    public void writeTree(TreeNode tree) {
        throw new UnsupportedOperationException("The writer of the plan format writes no trees");
    }

    @Override
    public JsonStreamContext getOutputContext() {
        return JsonWriteContext.createRootContext(null);
    }

    @Override
    public void flush() {
        // The delegate belongs to the application's mapper, which flushes it.
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public void close() {
        // The delegate belongs to the application's mapper, which closes it.
    }

    @Override
    public com.fasterxml.jackson.core.JsonGenerator setCodec(ObjectCodec codec) {
        throw new UnsupportedOperationException("The bridge has no codec");
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public com.fasterxml.jackson.core.JsonGenerator enable(Feature feature) {
        return this;
    }

    @Override
    public com.fasterxml.jackson.core.JsonGenerator disable(Feature feature) {
        return this;
    }

    @Override
    public boolean isEnabled(Feature feature) {
        return false;
    }

    @Override
    public int getFeatureMask() {
        return 0;
    }

    @Override
    @Deprecated
    public com.fasterxml.jackson.core.JsonGenerator setFeatureMask(int values) {
        return this;
    }

    @Override
    public com.fasterxml.jackson.core.JsonGenerator useDefaultPrettyPrinter() {
        return this;
    }
}
