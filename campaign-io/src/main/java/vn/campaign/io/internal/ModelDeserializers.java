package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.io.ReadErrorCode;

/**
 * The deserializers of {@code CampaignModule}: each reads its value exactly as {@code PlanJson}
 * does, through {@link PlanReader}, from the application's parser.
 *
 * <p>A value that is not in the format fails with a {@link PlanInputException}, a
 * {@code MismatchedInputException} that carries the parser's location (its column in code points,
 * through {@link CodePointColumns}) and a reference chain from the application's own objects down
 * to the offending member. Errors of the parser (syntax, the
 * application's {@code StreamReadConstraints}) are Jackson's own. Thread-safe.
 */
public final class ModelDeserializers {

    private ModelDeserializers() {
    }

    /**
     * Returns the deserializers of the plan and of the value types.
     *
     * @param strict whether unknown members of a plan are errors rather than extensions
     * @return new deserializers, never null
     */
    public static SimpleDeserializers all(boolean strict) {
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Plan.class, new PlanDeserializer(strict));
        deserializers.addDeserializer(Schedule.class, new ScheduleDeserializer());
        deserializers.addDeserializer(DateRange.class, new DateRangeDeserializer());
        deserializers.addDeserializer(DocumentNumber.class, new DocumentNumberDeserializer());
        deserializers.addDeserializer(DocumentType.class, new DocumentTypeDeserializer());
        deserializers.addDeserializer(Money.class, new MoneyDeserializer());
        return deserializers;
    }

    /** Reads a plan document. */
    static final class PlanDeserializer extends StdDeserializer<Plan> {
        private static final long serialVersionUID = 1L;
        private final boolean strict;

        PlanDeserializer(boolean strict) {
            super(Plan.class);
            this.strict = strict;
        }

        @Override
        public Plan deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            CodePointColumns columns = new CodePointColumns(p);
            JsonInput input = new JsonInput(columns, strict);
            try {
                return PlanReader.readPlan(input);
            } catch (JsonParseException e) {
                // The application's parser met a syntax error inside the plan: report it as PlanJson does
                // (code, detail, code-point column), so that PlanReadException.find gives it back.
                throw new PlanInputException(columns, ReadErrorCode.MALFORMED_JSON,
                        ReadErrors.sanitize(ReadFailures.syntaxDetail(e)), columns.located(e.getLocation()),
                        input.path(), null, null).because(e);
            } catch (StreamConstraintsException e) {
                // One of the application's parser limits: at the start of the offending token, as PlanJson.
                throw new PlanInputException(columns, ReadErrorCode.LIMIT_EXCEEDED,
                        ReadErrors.sanitize(ReadFailures.limitDetail(e.getOriginalMessage())),
                        columns.currentTokenLocation(), input.path(), null, null).because(e);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.POJO;
        }
    }

    /** Reads a schedule object; closed, so strictness does not apply. */
    static final class ScheduleDeserializer extends StdDeserializer<Schedule> {
        private static final long serialVersionUID = 1L;

        ScheduleDeserializer() {
            super(Schedule.class);
        }

        @Override
        public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PlanReader.readSchedule(new JsonInput(new CodePointColumns(p), true));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.POJO;
        }
    }

    /** Reads {@code {"start": "…", "end": "…"}}. */
    static final class DateRangeDeserializer extends StdDeserializer<DateRange> {
        private static final long serialVersionUID = 1L;

        DateRangeDeserializer() {
            super(DateRange.class);
        }

        @Override
        public DateRange deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PlanReader.readDateRange(new JsonInput(new CodePointColumns(p), true));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.POJO;
        }
    }

    /** Reads a document number from a string. */
    static final class DocumentNumberDeserializer extends StdDeserializer<DocumentNumber> {
        private static final long serialVersionUID = 1L;

        DocumentNumberDeserializer() {
            super(DocumentNumber.class);
        }

        @Override
        public DocumentNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PlanReader.readDocumentNumber(new JsonInput(new CodePointColumns(p), true));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Reads a document type from its code. */
    static final class DocumentTypeDeserializer extends StdDeserializer<DocumentType> {
        private static final long serialVersionUID = 1L;

        DocumentTypeDeserializer() {
            super(DocumentType.class);
        }

        @Override
        public DocumentType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PlanReader.readDocumentType(new JsonInput(new CodePointColumns(p), true));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** Reads an amount from a JSON integer of đồng. */
    static final class MoneyDeserializer extends StdDeserializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return PlanReader.readMoney(new JsonInput(new CodePointColumns(p), true));
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }
    }
}
