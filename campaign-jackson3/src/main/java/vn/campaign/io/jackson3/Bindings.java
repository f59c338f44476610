package vn.campaign.io.jackson3;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.LogicalType;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.io.FindingsJson;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.io.internal.JsonInput;
import vn.campaign.io.internal.PlanInputException;
import vn.campaign.io.internal.PlanReader;
import vn.campaign.io.internal.PlanWriter;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;

/**
 * The serializers and deserializers of {@link CampaignJackson3Module}: each runs campaign-io's own
 * reader or writer, the ones {@code PlanJson} and {@code CampaignModule} run, through
 * {@link ParserBridge} or {@link GeneratorBridge}. Stateless and thread-safe.
 */
final class Bindings {

    private Bindings() {
    }

    /** One part of the reader. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonInput in) throws IOException;
    }

    /** One part of the writer. */
    @FunctionalInterface
    private interface Writing<T> {
        void write(com.fasterxml.jackson.core.JsonGenerator g, T value) throws IOException;
    }

    static SimpleDeserializers deserializers(boolean strict) {
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Plan.class,
                new Deserializer<>(Plan.class, strict, LogicalType.POJO, PlanReader::readPlan));
        // Closed objects and scalars: strictness does not apply.
        deserializers.addDeserializer(Schedule.class,
                new Deserializer<>(Schedule.class, true, LogicalType.POJO, PlanReader::readSchedule));
        deserializers.addDeserializer(DateRange.class,
                new Deserializer<>(DateRange.class, true, LogicalType.POJO, PlanReader::readDateRange));
        deserializers.addDeserializer(DocumentNumber.class, new Deserializer<>(DocumentNumber.class, true,
                LogicalType.Textual, PlanReader::readDocumentNumber));
        deserializers.addDeserializer(DocumentType.class,
                new Deserializer<>(DocumentType.class, true, LogicalType.Textual, PlanReader::readDocumentType));
        deserializers.addDeserializer(Money.class,
                new Deserializer<>(Money.class, true, LogicalType.Integer, PlanReader::readMoney));
        return deserializers;
    }

    static SimpleSerializers serializers(Language language) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Plan.class, new Serializer<>(Plan.class, PlanWriter::writePlan));
        serializers.addSerializer(Schedule.class, new Serializer<>(Schedule.class, PlanWriter::writeSchedule));
        serializers.addSerializer(DateRange.class, new Serializer<>(DateRange.class, PlanWriter::writeDateRange));
        serializers.addSerializer(DocumentNumber.class,
                new Serializer<DocumentNumber>(DocumentNumber.class, (g, value) -> g.writeString(value.toString())));
        serializers.addSerializer(DocumentType.class,
                new Serializer<DocumentType>(DocumentType.class, (g, value) -> g.writeString(value.code())));
        serializers.addSerializer(Money.class, new Serializer<>(Money.class, PlanWriter::writeMoney));
        // Report is an interface: every report (ValidationReport, ComplianceReport, ...) matches it.
        serializers.addSerializer(Report.class,
                new Serializer<Report>(Report.class, (g, value) -> FindingsJson.write(g, value, language)));
        serializers.addSerializer(Finding.class,
                new Serializer<Finding>(Finding.class, (g, value) -> FindingsJson.write(g, value, language)));
        return serializers;
    }

    /** Reads a value with the reader, and reports its failures as {@link PlanFormatException}. */
    static <T> T read(JsonParser parser, boolean strict, Reading<T> reading) {
        ParserBridge bridge = new ParserBridge(parser);
        JsonInput input = new JsonInput(bridge, strict);
        try {
            return reading.read(input);
        } catch (PlanInputException e) {
            PlanFormatException failure = failure(parser, e.errorCode(), e.detail(), e.pointer(), e.getLocation(),
                    e.getCause());
            // The reference chain down to the offending member, as the Jackson 2 module gives it.
            List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path = e.getPath();
            for (int i = path.size() - 1; i >= 0; i--) {
                com.fasterxml.jackson.databind.JsonMappingException.Reference reference = path.get(i);
                if (reference.getFieldName() != null) {
                    failure.prependPath(reference.getFrom(), reference.getFieldName());
                } else {
                    failure.prependPath(reference.getFrom(), reference.getIndex());
                }
            }
            throw failure;
        } catch (StreamConstraintsException e) {
            // As PlanJson: at the start of the offending token, not where the parser gave up.
            return fail(parser, ReadErrorCode.LIMIT_EXCEEDED, e.getOriginalMessage(), input.path().toString(),
                    bridge.currentTokenLocation(), e);
        } catch (JsonEOFException e) {
            return fail(parser, ReadErrorCode.MALFORMED_JSON, "the document ends too early (truncated?)",
                    input.path().toString(), e.getLocation(), e);
        } catch (JsonParseException e) {
            return fail(parser, ReadErrorCode.MALFORMED_JSON, "malformed JSON: " + e.getOriginalMessage(),
                    input.path().toString(), e.getLocation(), e);
        } catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
    }

    private static <T> T fail(JsonParser parser, ReadErrorCode code, String detail, String pointer,
            JsonLocation at, Throwable cause) {
        throw failure(parser, code, detail, pointer, at, cause);
    }

    private static PlanFormatException failure(JsonParser parser, ReadErrorCode code, String detail, String pointer,
            JsonLocation at, Throwable cause) {
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        return new PlanFormatException(parser, code, detail == null ? "" : detail, pointer, line, column, cause);
    }

    /** Writes a value with the writer. */
    static <T> void write(JsonGenerator generator, T value, Writing<T> writing) {
        try {
            writing.write(new GeneratorBridge(generator), value);
        } catch (IOException e) {
            throw JacksonIOException.construct(e);
        }
    }

    /** A deserializer running one part of the reader. */
    private static final class Deserializer<T> extends StdDeserializer<T> {
        private final boolean strict;
        private final LogicalType logicalType;
        private final Reading<T> reading;

        Deserializer(Class<T> type, boolean strict, LogicalType logicalType, Reading<T> reading) {
            super(type);
            this.strict = strict;
            this.logicalType = logicalType;
            this.reading = reading;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            return read(p, strict, reading);
        }

        @Override
        public LogicalType logicalType() {
            return logicalType;
        }
    }

    /** A serializer running one part of the writer. */
    private static final class Serializer<T> extends StdSerializer<T> {
        private final Writing<T> writing;

        Serializer(Class<T> type, Writing<T> writing) {
            super(type);
            this.writing = writing;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext provider) {
            write(g, value, writing);
        }
    }
}
