package vn.campaign.io.internal;

import static vn.campaign.io.internal.ReadErrors.quote;
import static vn.campaign.io.internal.ValueReaders.bool;
import static vn.campaign.io.internal.ValueReaders.code;
import static vn.campaign.io.internal.ValueReaders.date;
import static vn.campaign.io.internal.ValueReaders.documentNumber;
import static vn.campaign.io.internal.ValueReaders.documentType;
import static vn.campaign.io.internal.ValueReaders.list;
import static vn.campaign.io.internal.ValueReaders.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.Actor;
import vn.campaign.model.Assignment;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Funding;
import vn.campaign.model.Integration;
import vn.campaign.model.Money;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;

/**
 * Reads the plan format from a Jackson {@link JsonParser}, by hand, one token at a time: the entry
 * points, and the plan, its sections and its tasks.
 *
 * <p>No databind, no reflection: every member is matched by name and every value goes through the
 * model's constructors and factories, which normalise text to NFC and check invariants. The parts of
 * a plan are read by {@link PartReaders}, its period and schedules by {@link PeriodReaders}, values
 * that are not objects by {@link ValueReaders}, the members of each object through an
 * {@link ObjectCursor}, and unknown members by {@link ExtensionCopier}. Everything a read needs is in
 * its {@link JsonInput}, which keeps the path, so that every failure names the offending value by
 * its JSON Pointer; failures are {@link PlanInputException}s, made by {@link ReadErrors}. Errors of
 * the parser itself (syntax, limits) pass through untouched, and {@link JsonInput#path()} still
 * tells where they happened.
 *
 * <p>Stateless and thread-safe; a {@link JsonInput} is not.
 */
public final class PlanReader {

    /** The format version this reader writes, and whose major version it reads. */
    public static final String VERSION = "1.2";

    /**
     * The version written for a plan that has a campaign and uses a member added in 1.1 (task links
     * or parent tasks not applicable), so that readers of 1.1 still read it.
     */
    public static final String VERSION_1_1 = "1.1";

    /**
     * The version written for a plan that has a campaign and uses nothing added in 1.1, so that
     * readers of 1.0 still read it.
     */
    public static final String VERSION_1_0 = "1.0";

    /** The first minor version of major version 1 in which a plan's {@code campaign} may be left out. */
    private static final int CAMPAIGN_OPTIONAL_FROM = 2;

    private static final Pattern VERSION_PATTERN = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
    private static final String SUPPORTED_MAJOR = "1";

    private PlanReader() {
    }

    // ---------------------------------------------------------------------------------------------
    // Entry points

    /**
     * Reads a whole document: one plan and nothing after it. The parser must not have been advanced.
     *
     * @param in the input, not null
     * @return the plan, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static Plan readDocument(JsonInput in) throws IOException {
        JsonParser p = in.parser;
        if (p.nextToken() == null) {
            throw ReadErrors.fail(in, ReadErrorCode.MALFORMED_JSON,
                    "the input is empty; a plan document is a JSON object", p.currentLocation());
        }
        Plan plan = readPlan(in);
        if (p.nextToken() != null) {
            throw ReadErrors.fail(in, ReadErrorCode.MALFORMED_JSON, "there is more content after the end of the plan",
                    p.currentTokenLocation());
        }
        return plan;
    }

    /**
     * Reads a plan object: its {@code schemaVersion} first, then its members. The parser is on the
     * object's first token.
     *
     * @param in the input, not null
     * @return the plan, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static Plan readPlan(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Plan.class);
        if (!m.next() || !m.name.equals("schemaVersion")) {
            m.leave();
            throw ReadErrors.fail(in, ReadErrorCode.MISSING_MEMBER,
                    "the member \"schemaVersion\" is required, as the first member of a plan", m.start(),
                    Plan.class, "schemaVersion");
        }
        int minor = version(in);
        boolean campaignRequired = minor < CAMPAIGN_OPTIONAL_FROM;
        DocumentType type = null;
        Optional<DocumentNumber> number = Optional.empty();
        String issuerId = null;
        Optional<String> place = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        String title = null;
        DateRange period = null;
        Optional<Campaign> campaign = Optional.empty();
        List<Integration> integrations = List.of();
        List<DocumentReference> references = List.of();
        Optional<String> preamble = Optional.empty();
        List<Section> sections = List.of();
        List<NotApplicable> notApplicable = List.of();
        Funding funding = Funding.NONE;
        List<Recipient> recipients = List.of();
        Optional<Signature> signature = Optional.empty();
        Optional<String> closing = Optional.empty();
        List<Actor> actors = List.of();
        while (m.next()) {
            switch (m.name) {
                case "type" -> type = documentType(in);
                case "number" -> number = Optional.of(documentNumber(in));
                case "issuerId" -> issuerId = text(in);
                case "place" -> place = Optional.of(text(in));
                case "date" -> date = Optional.of(date(in));
                case "title" -> title = text(in);
                case "period" -> period = PeriodReaders.dateRange(in);
                case "campaign" -> campaign = Optional.of(PartReaders.campaign(in));
                case "integrations" -> integrations = list(in, PartReaders::integration);
                case "references" -> references = list(in, PartReaders::reference);
                case "preamble" -> preamble = Optional.of(text(in));
                case "sections" -> sections = list(in, PlanReader::section);
                case "notApplicable" -> notApplicable = list(in, PartReaders::notApplicable);
                case "funding" -> funding = PartReaders.funding(in);
                case "recipients" -> recipients = list(in, PartReaders::recipient);
                case "signature" -> signature = Optional.of(PartReaders.signature(in));
                case "closing" -> closing = Optional.of(text(in));
                case "actors" -> actors = list(in, PartReaders::actor);
                default -> m.unknown();
            }
        }
        m.require("type", type);
        m.require("issuerId", issuerId);
        m.require("title", title);
        m.require("period", period);
        if (campaignRequired) {
            // Versions before 1.2 require it: a document that claims one of them and lacks it was cut
            // or damaged, not written without a campaign.
            m.require("campaign", campaign.orElse(null));
        }
        try {
            return new Plan(type, number, issuerId, place, date, title, period, campaign, integrations, references,
                    preamble, sections, notApplicable, funding, recipients, signature, closing, actors,
                    Migration.keepVersion(minor, m.extensions()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /**
     * Reads the {@code schemaVersion} and, for an older version that has one, sets its migration.
     *
     * @return the minor version of a 1.x document; 0 for a migrated one, read as 1.0
     */
    private static int version(JsonInput in) throws IOException {
        JsonLocation location = in.parser.currentTokenLocation();
        String version = text(in);
        Matcher matcher = VERSION_PATTERN.matcher(version);
        if (!matcher.matches()) {
            throw ReadErrors.fail(in, ReadErrorCode.INVALID_VALUE,
                    "the schemaVersion " + quote(version) + " is not MAJOR.MINOR, such as \"1.0\"", location);
        }
        if (matcher.group(1).equals(SUPPORTED_MAJOR)) {
            return Integer.parseInt(matcher.group(2));
        }
        Optional<Migration> older = Migration.from(version);
        if (older.isPresent()) {
            in.migration = older.get();
            return 0;
        }
        throw ReadErrors.fail(in, ReadErrorCode.UNSUPPORTED_VERSION, "the schemaVersion " + quote(version)
                + " is not supported; this reader reads versions 1.x" + Migration.describe(), location);
    }

    /**
     * Reads a schedule object. The parser is on its first token.
     *
     * @param in the input, not null
     * @return the schedule, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static Schedule readSchedule(JsonInput in) throws IOException {
        return PeriodReaders.schedule(in);
    }

    /**
     * Reads a date range object, {@code {"start": "…", "end": "…"}}. The parser is on its first token.
     *
     * @param in the input, not null
     * @return the range, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static DateRange readDateRange(JsonInput in) throws IOException {
        return PeriodReaders.dateRange(in);
    }

    /**
     * Reads an amount of money: a JSON integer of đồng. The parser is on the value.
     *
     * @param in the input, not null
     * @return the amount, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static Money readMoney(JsonInput in) throws IOException {
        return ValueReaders.money(in);
    }

    /**
     * Reads a document number, a string such as {@code "457/KH-MTTQ-BTT"}. The parser is on the value.
     *
     * @param in the input, not null
     * @return the number, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static DocumentNumber readDocumentNumber(JsonInput in) throws IOException {
        return documentNumber(in);
    }

    /**
     * Reads a document type, a string such as {@code "KH"}. The parser is on the value.
     *
     * @param in the input, not null
     * @return the type, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public static DocumentType readDocumentType(JsonInput in) throws IOException {
        return documentType(in);
    }

    // ---------------------------------------------------------------------------------------------
    // The plan, its sections and tasks

    /** Reads a section, with its tasks and subsections (extensible). */
    static Section section(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Section.class);
        String id = null;
        String number = null;
        String heading = null;
        SectionKind kind = null;
        Optional<String> actorId = Optional.empty();
        List<String> paragraphs = List.of();
        List<Task> tasks = List.of();
        List<Section> subsections = List.of();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "number" -> number = text(in);
                case "heading" -> heading = text(in);
                case "kind" -> kind = code(in, SectionKind.class);
                case "actorId" -> actorId = Optional.of(text(in));
                case "paragraphs" -> paragraphs = list(in, ValueReaders::text);
                case "tasks" -> tasks = list(in, PlanReader::task);
                case "subsections" -> subsections = list(in, PlanReader::section);
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("number", number);
        m.require("heading", heading);
        m.require("kind", kind);
        try {
            return new Section(id, number, heading, kind, actorId, paragraphs, tasks, subsections, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /** Reads a task (extensible). */
    static Task task(JsonInput in) throws IOException {
        ObjectCursor m = ObjectCursor.open(in, Task.class);
        String id = null;
        List<TaskKind> kinds = List.of();
        Optional<String> description = Optional.empty();
        Optional<String> content = Optional.empty();
        Optional<String> form = Optional.empty();
        List<Channel> channels = List.of();
        List<CampaignContent> contents = List.of();
        Optional<Schedule> schedule = Optional.empty();
        List<Assignment> assignments = List.of();
        List<String> guidanceIds = List.of();
        List<TaskLink> implementsTasks = List.of();
        boolean optional = false;
        boolean discretionary = false;
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text(in);
                case "kinds" -> kinds = list(in, i -> code(i, TaskKind.class));
                case "description" -> description = Optional.of(text(in));
                case "content" -> content = Optional.of(text(in));
                case "form" -> form = Optional.of(text(in));
                case "channels" -> channels = list(in, i -> code(i, Channel.class));
                case "contents" -> contents = list(in, i -> code(i, CampaignContent.class));
                case "schedule" -> schedule = Optional.of(PeriodReaders.schedule(in));
                case "assignments" -> assignments = list(in, PartReaders::assignment);
                case "guidanceIds" -> guidanceIds = list(in, ValueReaders::text);
                case "implementsTasks" -> implementsTasks = list(in, PartReaders::taskLink);
                case "optional" -> optional = bool(in);
                case "discretionary" -> discretionary = bool(in);
                default -> m.unknown();
            }
        }
        m.require("id", id);
        try {
            return new Task(id, kinds, description, content, form, channels, contents, schedule, assignments,
                    guidanceIds, implementsTasks, optional, discretionary, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }
}
