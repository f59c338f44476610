package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Month;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaign.model.Actor;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Integration;
import vn.campaign.model.Money;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.TaskLink;

/**
 * Writes the plan format to a Jackson {@link JsonGenerator}, by hand, in the canonical order.
 *
 * <p>Members come in record component order and then the extensions in their stored order; empty
 * optionals, empty lists, {@code false} and {@link Funding#NONE} are left out. The layout (pretty or
 * compact) is the generator's. Stateless and thread-safe.
 */
public final class PlanWriter {

    /** Reads extension values back, to re-emit them with the generator's layout; trusts their size. */
    private static final JsonFactory EXTENSION_PARSERS = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Set<String> PLAN_MEMBERS = members(Plan.class, "schemaVersion");
    private static final Set<String> CAMPAIGN_MEMBERS = members(Campaign.class);
    private static final Set<String> INTEGRATION_MEMBERS = members(Integration.class);
    private static final Set<String> REFERENCE_MEMBERS = members(DocumentReference.class);
    private static final Set<String> SECTION_MEMBERS = members(Section.class);
    private static final Set<String> TASK_MEMBERS = members(Task.class);
    private static final Set<String> ASSIGNMENT_MEMBERS = members(Assignment.class);
    private static final Set<String> LINK_MEMBERS = members(TaskLink.class);
    private static final Set<String> NOT_APPLICABLE_MEMBERS = members(NotApplicable.class);
    private static final Set<String> FUNDING_MEMBERS = members(Funding.class);
    private static final Set<String> SOURCE_MEMBERS = members(FundingSource.class);
    private static final Set<String> LINE_MEMBERS = members(BudgetLine.class);
    private static final Set<String> RECIPIENT_MEMBERS = members(Recipient.class);
    private static final Set<String> SIGNATURE_MEMBERS = members(Signature.class);
    private static final Set<String> ACTOR_MEMBERS = members(Actor.class);

    private PlanWriter() {
    }

    private static Set<String> members(Class<? extends Record> type, String... more) {
        Set<String> names = new HashSet<>(List.of(more));
        for (RecordComponent component : type.getRecordComponents()) {
            names.add(component.getName());
        }
        return Set.copyOf(names);
    }

    /** Writes one value. */
    @FunctionalInterface
    private interface Item<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /**
     * Writes a plan object, {@code schemaVersion} first.
     *
     * @param g the generator, not null
     * @param plan the plan, not null
     * @throws IOException if the generator fails
     * @throws IllegalArgumentException if an extension is not one JSON value or has the name of a
     *     member of its object
     */
    public static void writePlan(JsonGenerator g, Plan plan) throws IOException {
        g.writeStartObject();
        g.writeStringField("schemaVersion", version(plan));
        g.writeStringField("type", plan.type().code());
        if (plan.number().isPresent()) {
            g.writeStringField("number", plan.number().get().toString());
        }
        g.writeStringField("issuerId", plan.issuerId());
        text(g, "place", plan.place());
        if (plan.date().isPresent()) {
            g.writeStringField("date", plan.date().get().toString());
        }
        g.writeStringField("title", plan.title());
        g.writeFieldName("period");
        writeDateRange(g, plan.period());
        if (plan.campaign().isPresent()) {
            g.writeFieldName("campaign");
            campaign(g, plan.campaign().get());
        }
        list(g, "integrations", plan.integrations(), PlanWriter::integration);
        list(g, "references", plan.references(), PlanWriter::reference);
        text(g, "preamble", plan.preamble());
        list(g, "sections", plan.sections(), PlanWriter::section);
        list(g, "notApplicable", plan.notApplicable(), PlanWriter::notApplicable);
        if (!plan.funding().equals(Funding.NONE)) {
            g.writeFieldName("funding");
            funding(g, plan.funding());
        }
        list(g, "recipients", plan.recipients(), PlanWriter::recipient);
        if (plan.signature().isPresent()) {
            g.writeFieldName("signature");
            signature(g, plan.signature().get());
        }
        text(g, "closing", plan.closing());
        list(g, "actors", plan.actors(), PlanWriter::actor);
        extensions(g, Migration.keptVersion(plan.extensions()).isPresent()
                ? Extensions.of(without(plan.extensions().asMap(), Migration.VERSION_MEMBER)) : plan.extensions(),
                PLAN_MEMBERS, "Plan");
        g.writeEndObject();
    }

    /**
     * Writes a schedule object, {@code kind} first.
     *
     * @param g the generator, not null
     * @param schedule the schedule, not null
     * @throws IOException if the generator fails
     */
    public static void writeSchedule(JsonGenerator g, Schedule schedule) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", schedule.kind().name());
        if (schedule instanceof Schedule.InYear inYear) {
            g.writeNumberField("year", inYear.year());
        } else if (schedule instanceof Schedule.Quarters quarters) {
            g.writeNumberField("year", quarters.year());
            integers(g, "quarters", quarters.quarters());
        } else if (schedule instanceof Schedule.Months months) {
            g.writeNumberField("year", months.year());
            g.writeArrayFieldStart("months");
            for (Month month : months.months()) {
                g.writeNumber(month.getValue());
            }
            g.writeEndArray();
        } else if (schedule instanceof Schedule.Between between) {
            g.writeStringField("from", between.from().toString());
            g.writeStringField("to", between.to().toString());
        } else if (schedule instanceof Schedule.Before before) {
            g.writeStringField("date", before.date().toString());
        } else if (schedule instanceof Schedule.AnnualDay annualDay) {
            g.writeNumberField("month", annualDay.day().getMonthValue());
            g.writeNumberField("day", annualDay.day().getDayOfMonth());
        }
        g.writeEndObject();
    }

    /**
     * Writes a date range object, {@code {"start": "…", "end": "…"}}.
     *
     * @param g the generator, not null
     * @param range the range, not null
     * @throws IOException if the generator fails
     */
    public static void writeDateRange(JsonGenerator g, DateRange range) throws IOException {
        g.writeStartObject();
        g.writeStringField("start", range.start().toString());
        g.writeStringField("end", range.end().toString());
        g.writeEndObject();
    }

    /**
     * Writes an amount as a JSON integer of đồng.
     *
     * @param g the generator, not null
     * @param money the amount, not null
     * @throws IOException if the generator fails
     */
    public static void writeMoney(JsonGenerator g, Money money) throws IOException {
        g.writeNumber(money.amount());
    }

    private static void campaign(JsonGenerator g, Campaign campaign) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", campaign.name());
        extensions(g, campaign.extensions(), CAMPAIGN_MEMBERS, "Campaign");
        g.writeEndObject();
    }

    private static void integration(JsonGenerator g, Integration integration) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", integration.kind().name());
        g.writeStringField("name", integration.name());
        extensions(g, integration.extensions(), INTEGRATION_MEMBERS, "Integration");
        g.writeEndObject();
    }

    private static void reference(JsonGenerator g, DocumentReference reference) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", reference.id());
        g.writeStringField("relation", reference.relation().name());
        g.writeStringField("type", reference.type().code());
        if (reference.number().isPresent()) {
            g.writeStringField("number", reference.number().get().toString());
        }
        if (reference.date().isPresent()) {
            g.writeStringField("date", reference.date().get().toString());
        }
        text(g, "issuer", reference.issuer());
        text(g, "issuerId", reference.issuerId());
        text(g, "subject", reference.subject());
        extensions(g, reference.extensions(), REFERENCE_MEMBERS, "DocumentReference");
        g.writeEndObject();
    }

    private static void section(JsonGenerator g, Section section) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", section.id());
        g.writeStringField("number", section.number());
        g.writeStringField("heading", section.heading());
        g.writeStringField("kind", section.kind().name());
        text(g, "actorId", section.actorId());
        list(g, "paragraphs", section.paragraphs(), JsonGenerator::writeString);
        list(g, "tasks", section.tasks(), PlanWriter::task);
        list(g, "subsections", section.subsections(), PlanWriter::section);
        extensions(g, section.extensions(), SECTION_MEMBERS, "Section");
        g.writeEndObject();
    }

    private static void task(JsonGenerator g, Task task) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", task.id());
        list(g, "kinds", task.kinds(), PlanWriter::code);
        text(g, "description", task.description());
        text(g, "content", task.content());
        text(g, "form", task.form());
        list(g, "channels", task.channels(), PlanWriter::code);
        list(g, "contents", task.contents(), PlanWriter::code);
        if (task.schedule().isPresent()) {
            g.writeFieldName("schedule");
            writeSchedule(g, task.schedule().get());
        }
        list(g, "assignments", task.assignments(), PlanWriter::assignment);
        list(g, "guidanceIds", task.guidanceIds(), JsonGenerator::writeString);
        list(g, "implementsTasks", task.implementsTasks(), PlanWriter::taskLink);
        flag(g, "optional", task.optional());
        flag(g, "discretionary", task.discretionary());
        extensions(g, task.extensions(), TASK_MEMBERS, "Task");
        g.writeEndObject();
    }

    /**
     * The oldest version that can hold the plan, so that every plan readable by older tools stays so
     * and canonical files of older versions do not change: 1.2 for a plan without a campaign or with
     * budget lines' units, households or area status, 1.1
     * for one with task links or parent tasks not applicable, 1.0 for any other.
     */
    private static String version(Plan plan) {
        Optional<String> kept = Migration.keptVersion(plan.extensions());
        if (kept.isPresent()) {
            // Read from a newer minor version: its unknown members may need it, so the label stays.
            return kept.get();
        }
        if (plan.campaign().isEmpty() || usesVersion12(plan)) {
            return PlanReader.VERSION;
        }
        return usesVersion11(plan) ? PlanReader.VERSION_1_1 : PlanReader.VERSION_1_0;
    }

    /** Whether a plan has a member of format 1.2 besides an absent campaign: budget lines' units. */
    private static boolean usesVersion12(Plan plan) {
        for (BudgetLine line : plan.funding().budgetLines()) {
            if (line.units() != 1 || line.households().isPresent() || line.area().isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a plan has a member of format 1.1: a task link or a parent task not applicable. */
    private static boolean usesVersion11(Plan plan) {
        return !plan.notApplicable().isEmpty() || plan.allTasks().anyMatch(task -> !task.implementsTasks().isEmpty());
    }

    private static void taskLink(JsonGenerator g, TaskLink link) throws IOException {
        g.writeStartObject();
        g.writeStringField("referenceId", link.referenceId());
        g.writeStringField("taskId", link.taskId());
        extensions(g, link.extensions(), LINK_MEMBERS, "TaskLink");
        g.writeEndObject();
    }

    private static void notApplicable(JsonGenerator g, NotApplicable declaration) throws IOException {
        g.writeStartObject();
        g.writeStringField("referenceId", declaration.referenceId());
        g.writeStringField("taskId", declaration.taskId());
        g.writeStringField("reason", declaration.reason());
        extensions(g, declaration.extensions(), NOT_APPLICABLE_MEMBERS, "NotApplicable");
        g.writeEndObject();
    }

    private static void assignment(JsonGenerator g, Assignment assignment) throws IOException {
        g.writeStartObject();
        g.writeStringField("actorId", assignment.actorId());
        g.writeStringField("role", assignment.role().name());
        extensions(g, assignment.extensions(), ASSIGNMENT_MEMBERS, "Assignment");
        g.writeEndObject();
    }

    private static void funding(JsonGenerator g, Funding funding) throws IOException {
        g.writeStartObject();
        list(g, "sources", funding.sources(), PlanWriter::fundingSource);
        list(g, "budgetLines", funding.budgetLines(), PlanWriter::budgetLine);
        extensions(g, funding.extensions(), FUNDING_MEMBERS, "Funding");
        g.writeEndObject();
    }

    private static void fundingSource(JsonGenerator g, FundingSource source) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", source.id());
        g.writeStringField("kind", source.kind().name());
        g.writeStringField("description", source.description());
        text(g, "basisId", source.basisId());
        extensions(g, source.extensions(), SOURCE_MEMBERS, "FundingSource");
        g.writeEndObject();
    }

    private static void budgetLine(JsonGenerator g, BudgetLine line) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", line.id());
        g.writeStringField("item", line.item().name());
        g.writeStringField("sourceId", line.sourceId());
        g.writeFieldName("amount");
        writeMoney(g, line.amount());
        text(g, "taskId", line.taskId());
        text(g, "sectionId", line.sectionId());
        text(g, "description", line.description());
        if (line.units() != 1) {
            g.writeNumberField("units", line.units());
        }
        if (line.households().isPresent()) {
            g.writeNumberField("households", line.households().getAsInt());
        }
        if (line.area().isPresent()) {
            g.writeFieldName("area");
            g.writeStartObject();
            g.writeBooleanField("difficult", line.area().get().difficult());
            g.writeStringField("source", line.area().get().source());
            if (line.area().get().date().isPresent()) {
                g.writeStringField("date", line.area().get().date().get().toString());
            }
            g.writeEndObject();
        }
        extensions(g, line.extensions(), LINE_MEMBERS, "BudgetLine");
        g.writeEndObject();
    }

    private static void recipient(JsonGenerator g, Recipient recipient) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", recipient.name());
        list(g, "actorIds", recipient.actorIds(), JsonGenerator::writeString);
        g.writeStringField("purpose", recipient.purpose().name());
        extensions(g, recipient.extensions(), RECIPIENT_MEMBERS, "Recipient");
        g.writeEndObject();
    }

    private static void signature(JsonGenerator g, Signature signature) throws IOException {
        g.writeStartObject();
        if (signature.authority().isPresent()) {
            g.writeStringField("authority", signature.authority().get().code());
        }
        text(g, "onBehalfOf", signature.onBehalfOf());
        g.writeStringField("position", signature.position());
        g.writeStringField("signerName", signature.signerName());
        extensions(g, signature.extensions(), SIGNATURE_MEMBERS, "Signature");
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, Actor actor) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", actor.id());
        g.writeStringField("kind", actor.kind().name());
        if (actor.level().isPresent()) {
            g.writeStringField("level", actor.level().get().name());
        }
        g.writeStringField("name", actor.name());
        text(g, "unit", actor.unit());
        text(g, "parentId", actor.parentId());
        text(g, "symbolCode", actor.symbolCode());
        flag(g, "plural", actor.plural());
        extensions(g, actor.extensions(), ACTOR_MEMBERS, "Actor");
        g.writeEndObject();
    }

    // ---------------------------------------------------------------------------------------------

    private static void text(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }

    private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(name, true);
        }
    }

    private static void code(JsonGenerator g, Enum<?> code) throws IOException {
        g.writeString(code.name());
    }

    private static void integers(JsonGenerator g, String name, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int value : values) {
            g.writeNumber(value);
        }
        g.writeEndArray();
    }

    private static <T> void list(JsonGenerator g, String name, List<T> values, Item<T> item) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (T value : values) {
            item.write(g, value);
        }
        g.writeEndArray();
    }

    private static void extensions(JsonGenerator g, Extensions extensions, Set<String> members, String owner)
            throws IOException {
        for (Map.Entry<String, String> member : extensions.asMap().entrySet()) {
            String name = member.getKey();
            if (members.contains(name)) {
                throw new IllegalArgumentException("The extension " + ReadErrors.quote(name) + " of a " + owner
                        + " has the name of one of its members");
            }
            g.writeFieldName(name);
            value(g, name, member.getValue());
        }
    }

    /** Re-emits the JSON text of an extension with the generator's layout, numbers as written. */
    private static void value(JsonGenerator g, String name, String json) throws IOException {
        try (JsonParser p = EXTENSION_PARSERS.createParser(json)) {
            JsonToken token = p.nextToken();
            if (token == null) {
                throw notOneValue(name, null);
            }
            int depth = 0;
            do {
                switch (token) {
                    case START_OBJECT -> {
                        g.writeStartObject();
                        depth++;
                    }
                    case START_ARRAY -> {
                        g.writeStartArray();
                        depth++;
                    }
                    case END_OBJECT -> {
                        g.writeEndObject();
                        depth--;
                    }
                    case END_ARRAY -> {
                        g.writeEndArray();
                        depth--;
                    }
                    case FIELD_NAME -> g.writeFieldName(p.currentName());
                    case VALUE_STRING -> g.writeString(p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("Unexpected token in JSON text: " + token);
                }
            } while (depth > 0 && (token = p.nextToken()) != null);
            if (p.nextToken() != null) {
                throw notOneValue(name, null);
            }
        } catch (JsonParseException e) {
            throw notOneValue(name, e);
        }
    }

    private static IllegalArgumentException notOneValue(String name, JsonParseException cause) {
        return new IllegalArgumentException("The extension " + ReadErrors.quote(name)
                + " does not hold one JSON value" + (cause == null ? "" : ": " + cause.getOriginalMessage()), cause);
    }

    private static Map<String, String> without(Map<String, String> members, String name) {
        Map<String, String> copy = new java.util.LinkedHashMap<>(members);
        copy.remove(name);
        return copy;
    }
}
