package vn.campaign.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.SigningAuthority;

/**
 * The raw baseline of the read and write benchmarks: a plain Jackson {@code ObjectMapper} that binds
 * the same JSON bytes of our format to the same model classes, so that a benchmark measures what our
 * hand-written reader and writer cost over what plain databind would cost.
 *
 * <p>The records are bound through their canonical constructors (Jackson's record support), so the
 * model's own checks and NFC normalisation run on both paths, and only the JSON layer differs.
 * Everything of ours that {@code PlanJson} does on top is left out: no check of
 * {@code schemaVersion} (it is an unknown member and ignored), no duplicate, closed-member, null or
 * read-limit checks, no error codes with pointers. What the baseline needs of its own is the minimum
 * for the value types that are not plain records ({@link DocumentType}, {@link DocumentNumber},
 * {@link Money}, {@link Month}, {@link SigningAuthority}, {@link Schedule.AnnualDay},
 * {@link Extensions}) and the defaults of absent members (empty lists, {@link Funding#NONE}).
 *
 * <p>Where the baseline differs from our format:
 * <ul>
 *   <li>Reading drops unknown members (extensions) instead of keeping them: plain databind has no
 *       place for them in a record's {@code Extensions} component without a deserializer per type.
 *       A plan with {@code x-…} members therefore reads without them.
 *   <li>Writing leaves out {@code schemaVersion}, writes no final line feed, writes
 *       {@code "funding": {}} for {@link Funding#NONE} instead of leaving it out, and writes
 *       non-empty extensions as a member {@code "extensions": {…}} instead of inline. Otherwise the
 *       layout is our canonical one (same pretty printer, members in record component order), so on
 *       a plan without extensions or with funding the bytes differ only by those.
 * </ul>
 *
 * <p>Immutable and thread-safe once created.
 */
public final class RawJackson {

    private final ObjectReader reader;
    private final ObjectWriter writer;

    private RawJackson(JsonMapper mapper) {
        this.reader = mapper.readerFor(Plan.class);
        this.writer = mapper.writerFor(Plan.class).with(canonicalLayout());
    }

    /**
     * Returns a new baseline with its own {@code ObjectMapper}. Costly (the mapper builds its
     * serializers and deserializers on first use): create once and keep it.
     *
     * @return the baseline, never null
     */
    public static RawJackson create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(valueTypes())
                .addMixIn(Schedule.class, ScheduleKinds.class)
                // schemaVersion is not a member of Plan; plain databind ignores it.
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // ONGOING and WHOLE_PERIOD are records without components: only their "kind" is written.
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // An absent list is an empty list, as in our format (the records refuse null).
                .withConfigOverride(List.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY))
                                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
                // An absent Optional is empty, whatever the module's default for creator parameters.
                .withConfigOverride(Optional.class,
                        o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
                // false is left out, like our writer does.
                .withConfigOverride(boolean.class,
                        o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT, null)))
                .withConfigOverride(Extensions.class,
                        o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null)))
                // Empty Optionals are left out; an empty string is still written (it is a value).
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null))
                .build();
        return new RawJackson(mapper);
    }

    /**
     * Reads a plan the plain databind way.
     *
     * @param json the UTF-8 bytes of a plan document, not null
     * @return the plan, never null
     * @throws IOException if the bytes are not JSON or do not bind to a plan
     */
    public Plan read(byte[] json) throws IOException {
        Objects.requireNonNull(json, "json");
        return reader.readValue(json);
    }

    /**
     * Writes a plan the plain databind way, in our canonical layout but with the differences listed
     * in the class description.
     *
     * @param plan the plan, not null
     * @return the UTF-8 bytes, never null
     * @throws IOException never in practice (the target is memory); declared by Jackson
     */
    public byte[] writeBytes(Plan plan) throws IOException {
        Objects.requireNonNull(plan, "plan");
        return writer.writeValueAsBytes(plan);
    }

    /** The same pretty printer as {@code PlanJson}'s canonical layout, so both write as much text. */
    private static DefaultPrettyPrinter canonicalLayout() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    /** The value types that are not records, each as our format writes it, and the absent funding. */
    private static SimpleModule valueTypes() {
        SimpleModule module = new SimpleModule("raw-value-types");
        module.addDeserializer(DocumentType.class, new Scalar<>(DocumentType.class) {
            @Override
            public DocumentType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DocumentType.of(p.getValueAsString());
            }
        });
        module.addSerializer(DocumentType.class, new AsString<>(DocumentType.class, DocumentType::code));
        module.addDeserializer(DocumentNumber.class, new Scalar<>(DocumentNumber.class) {
            @Override
            public DocumentNumber deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return DocumentNumber.parse(p.getValueAsString());
            }
        });
        module.addSerializer(DocumentNumber.class, new AsString<>(DocumentNumber.class, DocumentNumber::toString));
        module.addDeserializer(Money.class, new Scalar<>(Money.class) {
            @Override
            public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Money.vnd(p.getLongValue());
            }
        });
        module.addSerializer(Money.class, new StdSerializer<>(Money.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Money value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeNumber(value.amount());
            }
        });
        // A month is its number 1 to 12, as in our format (databind would take a number for its ordinal).
        module.addDeserializer(Month.class, new Scalar<>(Month.class) {
            @Override
            public Month deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Month.of(p.getIntValue());
            }
        });
        module.addSerializer(Month.class, new StdSerializer<>(Month.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Month value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeNumber(value.getValue());
            }
        });
        // The one code list whose codes ("TM") are not its constant names (ON_BEHALF_OF).
        module.addDeserializer(SigningAuthority.class, new Scalar<>(SigningAuthority.class) {
            @Override
            public SigningAuthority deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String code = p.getValueAsString();
                return SigningAuthority.fromCode(code).orElseThrow(
                        () -> ctxt.weirdStringException(code, SigningAuthority.class, "not a signing authority"));
            }
        });
        module.addSerializer(SigningAuthority.class, new AsString<>(SigningAuthority.class, SigningAuthority::code));
        module.addDeserializer(Schedule.AnnualDay.class, new AnnualDayDeserializer());
        module.addSerializer(Schedule.AnnualDay.class, new AnnualDaySerializer());
        module.addDeserializer(Extensions.class, new NoExtensions());
        // A budget line's units are 1 when absent (format 1.2); plain databind would give an int 0.
        module.addDeserializer(BudgetLine.class, new BudgetLineDeserializer());
        module.addSerializer(Extensions.class, new ExtensionsSerializer());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                    JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Funding.class ? new NoFundingWhenAbsent(deserializer)
                        : deserializer;
            }
        });
        return module;
    }

    /**
     * The kinds of schedule as databind's own polymorphic types: the discriminator {@code kind}
     * first, its values the codes of {@link Schedule.Kind}.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Schedule.Ongoing.class, name = "ONGOING"),
        @JsonSubTypes.Type(value = Schedule.WholePeriod.class, name = "WHOLE_PERIOD"),
        @JsonSubTypes.Type(value = Schedule.InYear.class, name = "YEAR"),
        @JsonSubTypes.Type(value = Schedule.Quarters.class, name = "QUARTERS"),
        @JsonSubTypes.Type(value = Schedule.Months.class, name = "MONTHS"),
        @JsonSubTypes.Type(value = Schedule.Between.class, name = "BETWEEN"),
        @JsonSubTypes.Type(value = Schedule.Before.class, name = "BEFORE"),
        @JsonSubTypes.Type(value = Schedule.AnnualDay.class, name = "ANNUAL_DAY")
    })
    private interface ScheduleKinds {
    }

    /** A deserializer of a value written as one JSON scalar. */
    private abstract static class Scalar<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;

        Scalar(Class<T> type) {
            super(type);
        }
    }

    /** A serializer of a value written as one JSON string. */
    private static final class AsString<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;

        private final transient Function<T, String> text;

        AsString(Class<T> type, Function<T, String> text) {
            super(type);
            this.text = text;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(text.apply(value));
        }
    }

    /**
     * Reads an annual day's {@code month} and {@code day} into the record's {@link MonthDay}: the
     * one schedule whose JSON members are not its record components. Called after the type id, on
     * the member that follows {@code kind}.
     */
    private static final class AnnualDayDeserializer extends StdDeserializer<Schedule.AnnualDay> {
        private static final long serialVersionUID = 1L;

        AnnualDayDeserializer() {
            super(Schedule.AnnualDay.class);
        }

        @Override
        public Schedule.AnnualDay deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int month = 0;
            int day = 0;
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                token = p.nextToken();
            }
            for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "month" -> month = p.getIntValue();
                    case "day" -> day = p.getIntValue();
                    default -> p.skipChildren();
                }
            }
            return new Schedule.AnnualDay(MonthDay.of(month, day));
        }
    }

    /** Writes an annual day as {@code month} and {@code day}, after the {@code kind}. */
    private static final class AnnualDaySerializer extends StdSerializer<Schedule.AnnualDay> {
        private static final long serialVersionUID = 1L;

        AnnualDaySerializer() {
            super(Schedule.AnnualDay.class);
        }

        @Override
        public void serialize(Schedule.AnnualDay value, JsonGenerator g, SerializerProvider provider)
                throws IOException {
            g.writeStartObject(value);
            members(value, g);
            g.writeEndObject();
        }

        @Override
        public void serializeWithType(Schedule.AnnualDay value, JsonGenerator g, SerializerProvider provider,
                TypeSerializer typeSerializer) throws IOException {
            WritableTypeId typeId = typeSerializer.writeTypePrefix(g,
                    typeSerializer.typeId(value, JsonToken.START_OBJECT));
            members(value, g);
            typeSerializer.writeTypeSuffix(g, typeId);
        }

        private static void members(Schedule.AnnualDay value, JsonGenerator g) throws IOException {
            g.writeNumberField("month", value.day().getMonthValue());
            g.writeNumberField("day", value.day().getDayOfMonth());
        }
    }

    /**
     * Extensions are empty when absent (every object of the format has them): databind cannot fill
     * them from an object's unknown members, so a member named {@code extensions} is skipped too.
     */
    private static final class NoExtensions extends StdDeserializer<Extensions> {
        private static final long serialVersionUID = 1L;

        NoExtensions() {
            super(Extensions.class);
        }

        @Override
        public Extensions deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            p.skipChildren();
            return Extensions.empty();
        }

        @Override
        public Extensions getNullValue(DeserializationContext ctxt) {
            return Extensions.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Extensions.empty();
        }
    }

    /** Writes extensions as an object of their raw JSON values; empty ones are left out. */
    private static final class ExtensionsSerializer extends StdSerializer<Extensions> {
        private static final long serialVersionUID = 1L;

        ExtensionsSerializer() {
            super(Extensions.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Extensions value) {
            return value.isEmpty();
        }

        @Override
        public void serialize(Extensions value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject(value);
            for (Map.Entry<String, String> member : value.asMap().entrySet()) {
                g.writeFieldName(member.getKey());
                g.writeRawValue(member.getValue());
            }
            g.writeEndObject();
        }
    }

    /** Absent funding is {@link Funding#NONE}, as in our format; present funding binds as a record. */
    private static final class NoFundingWhenAbsent extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        NoFundingWhenAbsent(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new NoFundingWhenAbsent(newDelegatee);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return Funding.NONE;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Funding.NONE;
        }
    }

    /** A budget line bound member by member, with the format's default of one unit. */
    private static final class BudgetLineDeserializer extends StdDeserializer<BudgetLine> {
        private static final long serialVersionUID = 1L;

        BudgetLineDeserializer() {
            super(BudgetLine.class);
        }

        @Override
        public BudgetLine deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            return new BudgetLine(node.get("id").asText(), FundingItem.valueOf(node.get("item").asText()),
                    node.get("sourceId").asText(), ctxt.readTreeAsValue(node.get("amount"), Money.class),
                    text(node, "taskId"), text(node, "sectionId"), text(node, "description"),
                    node.has("units") ? node.get("units").asInt() : 1,
                    node.has("households") ? OptionalInt.of(node.get("households").asInt()) : OptionalInt.empty(),
                    node.has("area") ? Optional.of(ctxt.readTreeAsValue(node.get("area"), AreaStatus.class))
                            : Optional.empty(),
                    Extensions.empty());
        }

        private static Optional<String> text(JsonNode node, String member) {
            return node.has(member) ? Optional.of(node.get(member).asText()) : Optional.empty();
        }
    }
}
