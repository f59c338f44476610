package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.io.FindingsJson;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Language;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;

/**
 * The serializers of {@code CampaignModule}: each writes its value exactly as {@code PlanJson}
 * does, through {@link PlanWriter}, with the layout of the application's generator. Stateless and
 * thread-safe.
 */
public final class ModelSerializers {

    private ModelSerializers() {
    }

    /**
     * Returns the serializers of the plan, of the value types, and of findings and reports in the
     * JSON of {@code FindingsJson}.
     *
     * @param language the language of the findings' messages, not null
     * @return new serializers, never null
     */
    public static SimpleSerializers all(Language language) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Plan.class, new PlanSerializer());
        serializers.addSerializer(Schedule.class, new ScheduleSerializer());
        serializers.addSerializer(DateRange.class, new DateRangeSerializer());
        serializers.addSerializer(DocumentNumber.class, new DocumentNumberSerializer());
        serializers.addSerializer(DocumentType.class, new DocumentTypeSerializer());
        serializers.addSerializer(Money.class, new MoneySerializer());
        // Report is an interface: every report (ValidationReport, ComplianceReport, ...) matches it.
        serializers.addSerializer(Report.class, new FindingsSerializer<>(Report.class, language));
        serializers.addSerializer(Finding.class, new FindingsSerializer<>(Finding.class, language));
        return serializers;
    }

    /** Writes a plan document, {@code schemaVersion} first. */
    static final class PlanSerializer extends StdSerializer<Plan> {
        private static final long serialVersionUID = 1L;

        PlanSerializer() {
            super(Plan.class);
        }

        @Override
        public void serialize(Plan value, JsonGenerator g, SerializerProvider provider) throws IOException {
            PlanWriter.writePlan(g, value);
        }
    }

    /** Writes a schedule object, {@code kind} first. */
    static final class ScheduleSerializer extends StdSerializer<Schedule> {
        private static final long serialVersionUID = 1L;

        ScheduleSerializer() {
            super(Schedule.class);
        }

        @Override
        public void serialize(Schedule value, JsonGenerator g, SerializerProvider provider) throws IOException {
            PlanWriter.writeSchedule(g, value);
        }
    }

    /** Writes {@code {"start": "…", "end": "…"}}. */
    static final class DateRangeSerializer extends StdSerializer<DateRange> {
        private static final long serialVersionUID = 1L;

        DateRangeSerializer() {
            super(DateRange.class);
        }

        @Override
        public void serialize(DateRange value, JsonGenerator g, SerializerProvider provider) throws IOException {
            PlanWriter.writeDateRange(g, value);
        }
    }

    /** Writes the number and symbol as a string, {@code "457/KH-MTTQ-BTT"}. */
    static final class DocumentNumberSerializer extends StdSerializer<DocumentNumber> {
        private static final long serialVersionUID = 1L;

        DocumentNumberSerializer() {
            super(DocumentNumber.class);
        }

        @Override
        public void serialize(DocumentNumber value, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            g.writeString(value.toString());
        }
    }

    /** Writes the type's code as a string, {@code "KH"}. */
    static final class DocumentTypeSerializer extends StdSerializer<DocumentType> {
        private static final long serialVersionUID = 1L;

        DocumentTypeSerializer() {
            super(DocumentType.class);
        }

        @Override
        public void serialize(DocumentType value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(value.code());
        }
    }

    /** Writes the amount as a JSON integer of đồng. */
    static final class MoneySerializer extends StdSerializer<Money> {
        private static final long serialVersionUID = 1L;

        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money value, JsonGenerator g, SerializerProvider provider) throws IOException {
            PlanWriter.writeMoney(g, value);
        }
    }

    /** Writes findings and reports as {@code FindingsJson} does: a report as the array of its findings. */
    static final class FindingsSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final Language language;
        private final boolean report;

        FindingsSerializer(Class<T> type, Language language) {
            super(type);
            this.language = language;
            this.report = type == Report.class;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (report) {
                FindingsJson.write(g, (Report) value, language);
            } else {
                FindingsJson.write(g, (Finding) value, language);
            }
        }
    }
}
