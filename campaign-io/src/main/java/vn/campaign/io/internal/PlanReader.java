package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.Channel;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.Money;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;

/**
 * Reads the plan format from a Jackson {@link JsonParser}, by hand, one token at a time.
 *
 * <p>No databind, no reflection: every member is matched by name and every value goes through the
 * model's constructors and factories, which normalise text to NFC and check invariants. The reader
 * keeps a {@link JsonPath} as it goes, so that every failure names the offending value by its JSON
 * Pointer; failures are {@link PlanInputException}s. Errors of the parser itself (syntax, limits)
 * pass through untouched, and {@link #path()} still tells where they happened.
 *
 * <p>Mutable and not thread-safe: one instance reads one value from one parser.
 */
public final class PlanReader {

    /** The format version this reader writes, and whose major version it reads. */
    public static final String VERSION = "1.1";

    /**
     * The version written for a plan that uses nothing added in {@link #VERSION} 1.1 (task links
     * and parent tasks not applicable), so that readers of 1.0 still read it.
     */
    public static final String VERSION_1_0 = "1.0";

    private static final Pattern VERSION_PATTERN = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");
    private static final String SUPPORTED_MAJOR = "1";
    private static final Pattern DATE_PATTERN = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final int QUOTE_LIMIT = 40;
    private static final int DETAIL_LIMIT = 200;
    private static final JsonFactory GENERATORS = new JsonFactory();

    /** The members each kind of schedule has besides {@code kind}. */
    private static final Map<Schedule.Kind, Set<String>> SCHEDULE_MEMBERS = scheduleMembers();

    private final JsonParser p;
    private final boolean strict;
    private final int maxCollectionSize;
    private final boolean mayHoldSurrogates;
    private final JsonPath path = new JsonPath();
    /** How member names of the document's version map to this version's; identity for 1.x. */
    private Migration migration = Migration.NONE;

    /**
     * Creates a reader without a limit on the size of arrays and objects, for applications' own
     * mappers, whose limits are their own.
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     */
    public PlanReader(JsonParser parser, boolean strict) {
        this(parser, strict, Integer.MAX_VALUE);
    }

    /**
     * Creates a reader.
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     * @param maxCollectionSize the most elements of an array or members of an object, at least 1
     */
    public PlanReader(JsonParser parser, boolean strict, int maxCollectionSize) {
        this(parser, strict, maxCollectionSize, true);
    }

    /**
     * Creates a reader that may skip the search for unpaired surrogates in strings: a caller that has
     * seen every byte of the document knows when none can be there (no escape, no UTF-8 sequence that
     * decodes to a surrogate).
     *
     * @param parser the parser, not null
     * @param strict whether unknown members are errors rather than extensions
     * @param maxCollectionSize the most elements of an array or members of an object, at least 1
     * @param mayHoldSurrogates false only if no string of the document can hold a surrogate
     */
    public PlanReader(JsonParser parser, boolean strict, int maxCollectionSize, boolean mayHoldSurrogates) {
        this.p = Objects.requireNonNull(parser, "parser");
        this.strict = strict;
        this.maxCollectionSize = maxCollectionSize;
        this.mayHoldSurrogates = mayHoldSurrogates;
    }

    private static Map<Schedule.Kind, Set<String>> scheduleMembers() {
        Map<Schedule.Kind, Set<String>> members = new EnumMap<>(Schedule.Kind.class);
        members.put(Schedule.Kind.ONGOING, Set.of());
        members.put(Schedule.Kind.WHOLE_PERIOD, Set.of());
        members.put(Schedule.Kind.YEAR, Set.of("year"));
        members.put(Schedule.Kind.QUARTERS, Set.of("year", "quarters"));
        members.put(Schedule.Kind.MONTHS, Set.of("year", "months"));
        members.put(Schedule.Kind.BETWEEN, Set.of("from", "to"));
        members.put(Schedule.Kind.BEFORE, Set.of("date"));
        members.put(Schedule.Kind.ANNUAL_DAY, Set.of("month", "day"));
        return members;
    }

    /**
     * Returns where the reader is, for errors of the parser itself.
     *
     * @return the current path, never null
     */
    public JsonPath path() {
        return path;
    }

    // ---------------------------------------------------------------------------------------------
    // Entry points

    /**
     * Reads a whole document: one plan and nothing after it. The parser must not have been advanced.
     *
     * @return the plan, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public Plan readDocument() throws IOException {
        if (p.nextToken() == null) {
            throw fail(ReadErrorCode.MALFORMED_JSON, "the input is empty; a plan document is a JSON object",
                    p.currentLocation());
        }
        Plan plan = readPlan();
        if (p.nextToken() != null) {
            throw fail(ReadErrorCode.MALFORMED_JSON, "there is more content after the end of the plan",
                    p.currentTokenLocation());
        }
        return plan;
    }

    /**
     * Reads a plan object: its {@code schemaVersion} first, then its members. The parser is on the
     * object's first token.
     *
     * @return the plan, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public Plan readPlan() throws IOException {
        Members m = new Members(Plan.class);
        if (!m.next() || !m.name.equals("schemaVersion")) {
            m.leave();
            throw fail(ReadErrorCode.MISSING_MEMBER,
                    "the member \"schemaVersion\" is required, as the first member of a plan", m.start,
                    Plan.class, "schemaVersion");
        }
        version();
        DocumentType type = null;
        Optional<DocumentNumber> number = Optional.empty();
        String issuerId = null;
        Optional<String> place = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        String title = null;
        DateRange period = null;
        Campaign campaign = null;
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
                case "type" -> type = documentType();
                case "number" -> number = Optional.of(documentNumber());
                case "issuerId" -> issuerId = text();
                case "place" -> place = Optional.of(text());
                case "date" -> date = Optional.of(date());
                case "title" -> title = text();
                case "period" -> period = readDateRange();
                case "campaign" -> campaign = campaign();
                case "integrations" -> integrations = list(this::integration);
                case "references" -> references = list(this::reference);
                case "preamble" -> preamble = Optional.of(text());
                case "sections" -> sections = list(this::section);
                case "notApplicable" -> notApplicable = list(this::notApplicable);
                case "funding" -> funding = funding();
                case "recipients" -> recipients = list(this::recipient);
                case "signature" -> signature = Optional.of(signature());
                case "closing" -> closing = Optional.of(text());
                case "actors" -> actors = list(this::actor);
                default -> m.unknown();
            }
        }
        m.require("type", type);
        m.require("issuerId", issuerId);
        m.require("title", title);
        m.require("period", period);
        m.require("campaign", campaign);
        try {
            return new Plan(type, number, issuerId, place, date, title, period, campaign, integrations, references,
                    preamble, sections, notApplicable, funding, recipients, signature, closing, actors, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    /**
     * Reads a schedule object. The parser is on its first token.
     *
     * @return the schedule, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public Schedule readSchedule() throws IOException {
        Members m = new Members(Schedule.class);
        Schedule.Kind kind = null;
        Integer year = null;
        List<Integer> quarters = null;
        List<Integer> months = null;
        LocalDate from = null;
        LocalDate to = null;
        LocalDate date = null;
        Integer month = null;
        Integer day = null;
        Map<String, JsonLocation> given = new LinkedHashMap<>();
        while (m.next()) {
            switch (m.name) {
                case "kind" -> kind = code(Schedule.Kind.class);
                case "year" -> year = integer();
                case "quarters" -> quarters = list(this::integer);
                case "months" -> months = list(this::integer);
                case "from" -> from = date();
                case "to" -> to = date();
                case "date" -> date = date();
                case "month" -> month = integer();
                case "day" -> day = integer();
                default -> m.closed("a schedule");
            }
            given.put(m.name, m.nameLocation);
        }
        m.require("kind", kind);
        Set<String> allowed = SCHEDULE_MEMBERS.get(kind);
        for (Map.Entry<String, JsonLocation> member : given.entrySet()) {
            if (!member.getKey().equals("kind") && !allowed.contains(member.getKey())) {
                throw fail(ReadErrorCode.UNKNOWN_MEMBER, "a " + kind + " schedule has no member " + quote(member.getKey()),
                        member.getValue(), Schedule.class, member.getKey());
            }
        }
        try {
            switch (kind) {
                case ONGOING:
                    return Schedule.ongoing();
                case WHOLE_PERIOD:
                    return Schedule.wholePeriod();
                case YEAR:
                    return new Schedule.InYear(m.require("year", year));
                case QUARTERS:
                    return new Schedule.Quarters(m.require("year", year), m.require("quarters", quarters));
                case MONTHS:
                    return new Schedule.Months(m.require("year", year), m.require("months", months));
                case BETWEEN:
                    return new Schedule.Between(m.require("from", from), m.require("to", to));
                case BEFORE:
                    return new Schedule.Before(m.require("date", date));
                case ANNUAL_DAY:
                    return new Schedule.AnnualDay(monthDay(m, m.require("month", month), m.require("day", day)));
                default:
                    throw new IllegalStateException("Schedule kind without a reader: " + kind);
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private MonthDay monthDay(Members m, int month, int day) throws PlanInputException {
        try {
            return MonthDay.of(month, day);
        } catch (DateTimeException e) {
            throw fail(ReadErrorCode.INVALID_DATE, "month " + month + ", day " + day + " is not a day of the year",
                    m.start).because(e);
        }
    }

    /**
     * Reads a date range object, {@code {"start": "…", "end": "…"}}. The parser is on its first token.
     *
     * @return the range, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public DateRange readDateRange() throws IOException {
        Members m = new Members(DateRange.class);
        LocalDate start = null;
        LocalDate end = null;
        while (m.next()) {
            switch (m.name) {
                case "start" -> start = date();
                case "end" -> end = date();
                default -> m.closed("a date range");
            }
        }
        m.require("start", start);
        m.require("end", end);
        try {
            return new DateRange(start, end);
        } catch (IllegalArgumentException e) {
            throw m.refused(e);
        }
    }

    /**
     * Reads an amount of money: a JSON integer of đồng. The parser is on the value.
     *
     * @return the amount, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public Money readMoney() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw fail(ReadErrorCode.INVALID_VALUE, "the amount " + quote(p.getText())
                        + " does not fit in a long (at most 9223372036854775807 đồng)", p.currentTokenLocation());
            }
            return Money.vnd(p.getLongValue());
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(ReadErrorCode.INVALID_VALUE, "an amount is a whole number of đồng, without fraction or exponent;"
                    + " found " + quote(p.getText()), p.currentTokenLocation());
        }
        throw wrongType("a number");
    }

    /**
     * Reads a document number, a string such as {@code "457/KH-MTTQ-BTT"}. The parser is on the value.
     *
     * @return the number, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public DocumentNumber readDocumentNumber() throws IOException {
        return documentNumber();
    }

    /**
     * Reads a document type, a string such as {@code "KH"}. The parser is on the value.
     *
     * @return the type, never null
     * @throws IOException a {@link PlanInputException}, or an error of the parser
     */
    public DocumentType readDocumentType() throws IOException {
        return documentType();
    }

    // ---------------------------------------------------------------------------------------------
    // Records

    private void version() throws IOException {
        JsonLocation location = p.currentTokenLocation();
        String version = text();
        Matcher matcher = VERSION_PATTERN.matcher(version);
        if (!matcher.matches()) {
            throw fail(ReadErrorCode.INVALID_VALUE,
                    "the schemaVersion " + quote(version) + " is not MAJOR.MINOR, such as \"1.0\"", location);
        }
        if (matcher.group(1).equals(SUPPORTED_MAJOR)) {
            return;
        }
        Optional<Migration> older = Migration.from(version);
        if (older.isPresent()) {
            migration = older.get();
            return;
        }
        throw fail(ReadErrorCode.UNSUPPORTED_VERSION, "the schemaVersion " + quote(version)
                + " is not supported; this reader reads versions 1.x" + Migration.describe(), location);
    }

    private Campaign campaign() throws IOException {
        Members m = new Members(Campaign.class);
        String name = null;
        while (m.next()) {
            if (m.name.equals("name")) {
                name = text();
            } else {
                m.unknown();
            }
        }
        m.require("name", name);
        try {
            return new Campaign(name, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Integration integration() throws IOException {
        Members m = new Members(Integration.class);
        IntegrationKind kind = null;
        String name = null;
        while (m.next()) {
            switch (m.name) {
                case "kind" -> kind = code(IntegrationKind.class);
                case "name" -> name = text();
                default -> m.unknown();
            }
        }
        m.require("kind", kind);
        m.require("name", name);
        try {
            return new Integration(kind, name, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private DocumentReference reference() throws IOException {
        Members m = new Members(DocumentReference.class);
        String id = null;
        ReferenceRelation relation = null;
        DocumentType type = null;
        Optional<DocumentNumber> number = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        Optional<String> issuer = Optional.empty();
        Optional<String> issuerId = Optional.empty();
        Optional<String> subject = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text();
                case "relation" -> relation = code(ReferenceRelation.class);
                case "type" -> type = documentType();
                case "number" -> number = Optional.of(documentNumber());
                case "date" -> date = Optional.of(date());
                case "issuer" -> issuer = Optional.of(text());
                case "issuerId" -> issuerId = Optional.of(text());
                case "subject" -> subject = Optional.of(text());
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("relation", relation);
        m.require("type", type);
        try {
            return new DocumentReference(id, relation, type, number, date, issuer, issuerId, subject, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Section section() throws IOException {
        Members m = new Members(Section.class);
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
                case "id" -> id = text();
                case "number" -> number = text();
                case "heading" -> heading = text();
                case "kind" -> kind = code(SectionKind.class);
                case "actorId" -> actorId = Optional.of(text());
                case "paragraphs" -> paragraphs = list(this::text);
                case "tasks" -> tasks = list(this::task);
                case "subsections" -> subsections = list(this::section);
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

    private Task task() throws IOException {
        Members m = new Members(Task.class);
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
                case "id" -> id = text();
                case "kinds" -> kinds = list(() -> code(TaskKind.class));
                case "description" -> description = Optional.of(text());
                case "content" -> content = Optional.of(text());
                case "form" -> form = Optional.of(text());
                case "channels" -> channels = list(() -> code(Channel.class));
                case "contents" -> contents = list(() -> code(CampaignContent.class));
                case "schedule" -> schedule = Optional.of(readSchedule());
                case "assignments" -> assignments = list(this::assignment);
                case "guidanceIds" -> guidanceIds = list(this::text);
                case "implementsTasks" -> implementsTasks = list(this::taskLink);
                case "optional" -> optional = bool();
                case "discretionary" -> discretionary = bool();
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

    private TaskLink taskLink() throws IOException {
        Members m = new Members(TaskLink.class);
        String referenceId = null;
        String taskId = null;
        while (m.next()) {
            switch (m.name) {
                case "referenceId" -> referenceId = text();
                case "taskId" -> taskId = text();
                default -> m.unknown();
            }
        }
        m.require("referenceId", referenceId);
        m.require("taskId", taskId);
        try {
            return new TaskLink(referenceId, taskId, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private NotApplicable notApplicable() throws IOException {
        Members m = new Members(NotApplicable.class);
        String referenceId = null;
        String taskId = null;
        String reason = null;
        while (m.next()) {
            switch (m.name) {
                case "referenceId" -> referenceId = text();
                case "taskId" -> taskId = text();
                case "reason" -> reason = text();
                default -> m.unknown();
            }
        }
        m.require("referenceId", referenceId);
        m.require("taskId", taskId);
        m.require("reason", reason);
        try {
            return new NotApplicable(referenceId, taskId, reason, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Assignment assignment() throws IOException {
        Members m = new Members(Assignment.class);
        String actorId = null;
        Role role = null;
        while (m.next()) {
            switch (m.name) {
                case "actorId" -> actorId = text();
                case "role" -> role = code(Role.class);
                default -> m.unknown();
            }
        }
        m.require("actorId", actorId);
        m.require("role", role);
        try {
            return new Assignment(actorId, role, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Funding funding() throws IOException {
        Members m = new Members(Funding.class);
        List<FundingSource> sources = List.of();
        List<BudgetLine> budgetLines = List.of();
        while (m.next()) {
            switch (m.name) {
                case "sources" -> sources = list(this::fundingSource);
                case "budgetLines" -> budgetLines = list(this::budgetLine);
                default -> m.unknown();
            }
        }
        try {
            return new Funding(sources, budgetLines, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private FundingSource fundingSource() throws IOException {
        Members m = new Members(FundingSource.class);
        String id = null;
        FundingSourceKind kind = null;
        String description = null;
        Optional<String> basisId = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text();
                case "kind" -> kind = code(FundingSourceKind.class);
                case "description" -> description = text();
                case "basisId" -> basisId = Optional.of(text());
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("kind", kind);
        m.require("description", description);
        try {
            return new FundingSource(id, kind, description, basisId, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private BudgetLine budgetLine() throws IOException {
        Members m = new Members(BudgetLine.class);
        String id = null;
        FundingItem item = null;
        String sourceId = null;
        Money amount = null;
        Optional<String> taskId = Optional.empty();
        Optional<String> sectionId = Optional.empty();
        Optional<String> description = Optional.empty();
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text();
                case "item" -> item = code(FundingItem.class);
                case "sourceId" -> sourceId = text();
                case "amount" -> amount = readMoney();
                case "taskId" -> taskId = Optional.of(text());
                case "sectionId" -> sectionId = Optional.of(text());
                case "description" -> description = Optional.of(text());
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("item", item);
        m.require("sourceId", sourceId);
        m.require("amount", amount);
        try {
            return new BudgetLine(id, item, sourceId, amount, taskId, sectionId, description, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Recipient recipient() throws IOException {
        Members m = new Members(Recipient.class);
        String name = null;
        List<String> actorIds = List.of();
        RecipientPurpose purpose = null;
        while (m.next()) {
            switch (m.name) {
                case "name" -> name = text();
                case "actorIds" -> actorIds = list(this::text);
                case "purpose" -> purpose = code(RecipientPurpose.class);
                default -> m.unknown();
            }
        }
        m.require("name", name);
        m.require("purpose", purpose);
        try {
            return new Recipient(name, actorIds, purpose, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Signature signature() throws IOException {
        Members m = new Members(Signature.class);
        Optional<SigningAuthority> authority = Optional.empty();
        Optional<String> onBehalfOf = Optional.empty();
        String position = null;
        String signerName = null;
        while (m.next()) {
            switch (m.name) {
                case "authority" -> authority = Optional.of(code(SigningAuthority.class));
                case "onBehalfOf" -> onBehalfOf = Optional.of(text());
                case "position" -> position = text();
                case "signerName" -> signerName = text();
                default -> m.unknown();
            }
        }
        m.require("position", position);
        m.require("signerName", signerName);
        try {
            return new Signature(authority, onBehalfOf, position, signerName, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    private Actor actor() throws IOException {
        Members m = new Members(Actor.class);
        String id = null;
        ActorKind kind = null;
        Optional<AdministrativeLevel> level = Optional.empty();
        String name = null;
        Optional<String> unit = Optional.empty();
        Optional<String> parentId = Optional.empty();
        Optional<String> symbolCode = Optional.empty();
        boolean plural = false;
        while (m.next()) {
            switch (m.name) {
                case "id" -> id = text();
                case "kind" -> kind = code(ActorKind.class);
                case "level" -> level = Optional.of(code(AdministrativeLevel.class));
                case "name" -> name = text();
                case "unit" -> unit = Optional.of(text());
                case "parentId" -> parentId = Optional.of(text());
                case "symbolCode" -> symbolCode = Optional.of(text());
                case "plural" -> plural = bool();
                default -> m.unknown();
            }
        }
        m.require("id", id);
        m.require("kind", kind);
        m.require("name", name);
        try {
            return new Actor(id, kind, level, name, unit, parentId, symbolCode, plural, m.extensions());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw m.refused(e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Values

    /** Reads one value; the parser is on its first token and is left on its last. */
    @FunctionalInterface
    private interface Item<T> {
        T read() throws IOException;
    }

    private <T> List<T> list(Item<T> item) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType("an array");
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; ; i++) {
            // The index is entered before the token is read, so that a syntax error names the element.
            path.push(List.class, i);
            if (p.nextToken() == JsonToken.END_ARRAY) {
                path.pop();
                return values;
            }
            if (i == maxCollectionSize) {
                throw tooMany("elements", p.currentTokenLocation());
            }
            values.add(item.read());
            path.pop();
        }
    }

    private String text() throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw wrongType("a string");
        }
        String text = p.getText();
        checkUnicode(text, "the string");
        return text;
    }

    private boolean bool() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw wrongType("a boolean");
    }

    private Integer integer() throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw fail(ReadErrorCode.INVALID_VALUE, "the number " + quote(p.getText()) + " is too large",
                        p.currentTokenLocation());
            }
            return p.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw fail(ReadErrorCode.INVALID_VALUE, "expected a whole number, found " + quote(p.getText()),
                    p.currentTokenLocation());
        }
        throw wrongType("a number");
    }

    private LocalDate date() throws IOException {
        JsonLocation location = p.currentTokenLocation();
        String text = text();
        if (!DATE_PATTERN.matcher(text).matches()) {
            throw fail(ReadErrorCode.INVALID_DATE, "expected a date as yyyy-MM-dd, found " + quote(text), location);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw fail(ReadErrorCode.INVALID_DATE, quote(text) + " is not a day of the calendar", location).because(e);
        }
    }

    private DocumentType documentType() throws IOException {
        JsonLocation location = p.currentTokenLocation();
        String code = text();
        try {
            return DocumentType.of(code);
        } catch (IllegalArgumentException e) {
            throw refused(e, location);
        }
    }

    private DocumentNumber documentNumber() throws IOException {
        JsonLocation location = p.currentTokenLocation();
        String number = text();
        try {
            return DocumentNumber.parse(number);
        } catch (IllegalArgumentException e) {
            throw refused(e, location);
        }
    }

    private <E extends Enum<E>> E code(Class<E> type) throws IOException {
        JsonLocation location = p.currentTokenLocation();
        String code = text();
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            Class<?> outer = type.getEnclosingClass();
            String list = outer == null ? type.getSimpleName() : outer.getSimpleName() + "." + type.getSimpleName();
            throw fail(ReadErrorCode.UNKNOWN_CODE, quote(code) + " is not a code of " + list, location);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Unknown members, copied exactly

    /** One open object or array of a value being copied. */
    private static final class Frame {
        final boolean array;
        final Set<String> names;
        int index = -1;
        boolean entered;

        Frame(boolean array) {
            this.array = array;
            this.names = array ? Set.of() : new HashSet<>();
        }
    }

    /**
     * Returns the compact JSON text of the value the parser is on, leaving it on the value's last
     * token. Numbers keep the text they were written with ({@code 1.50} stays {@code 1.50});
     * duplicate names are refused at any depth. Iterative, so depth is bounded only by the parser's
     * limits.
     */
    private String copyToText() throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = GENERATORS.createGenerator(out)) {
            ArrayDeque<Frame> frames = new ArrayDeque<>();
            JsonToken token = p.currentToken();
            while (true) {
                switch (token) {
                    case START_OBJECT -> {
                        g.writeStartObject();
                        frames.push(new Frame(false));
                    }
                    case START_ARRAY -> {
                        g.writeStartArray();
                        frames.push(new Frame(true));
                    }
                    case END_OBJECT -> {
                        g.writeEndObject();
                        frames.pop();
                    }
                    case END_ARRAY -> {
                        g.writeEndArray();
                        frames.pop();
                    }
                    case FIELD_NAME -> {
                        Frame frame = frames.peek();
                        String name = p.currentName();
                        path.push(Map.class, name);
                        frame.entered = true;
                        checkUnicode(name, "the member name");
                        if (frame.names.size() == maxCollectionSize) {
                            throw tooMany("members", p.currentTokenLocation());
                        }
                        if (!frame.names.add(name)) {
                            throw fail(ReadErrorCode.DUPLICATE_MEMBER, "the member " + quote(name) + " is given twice",
                                    p.currentTokenLocation());
                        }
                        g.writeFieldName(name);
                    }
                    case VALUE_STRING -> {
                        String text = p.getText();
                        checkUnicode(text, "the string");
                        g.writeString(text);
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    case VALUE_TRUE -> g.writeBoolean(true);
                    case VALUE_FALSE -> g.writeBoolean(false);
                    case VALUE_NULL -> g.writeNull();
                    default -> throw new IllegalStateException("Unexpected token in JSON text: " + token);
                }
                if (frames.isEmpty()) {
                    break;
                }
                Frame frame = frames.peek();
                if (frame.array) {
                    if (frame.entered) {
                        path.pop();
                    }
                    frame.index++;
                    path.push(List.class, frame.index);
                    frame.entered = true;
                    token = p.nextToken();
                    if (token == JsonToken.END_ARRAY) {
                        path.pop();
                        frame.entered = false;
                    } else if (frame.index == maxCollectionSize) {
                        throw tooMany("elements", p.currentTokenLocation());
                    }
                } else if (token == JsonToken.FIELD_NAME) {
                    token = p.nextToken();
                } else {
                    if (frame.entered) {
                        path.pop();
                        frame.entered = false;
                    }
                    token = nextInObject(Map.class);
                }
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Objects

    /**
     * The members of one object being read: enters and leaves each member in the path, refuses
     * duplicates, keeps unknown members, and reports missing ones.
     */
    private final class Members {
        final Class<?> owner;
        final JsonLocation start;
        /**
         * The names seen, in a plain array: the model's objects have a handful of members, and a scan
         * of a few interned names costs less than hashing each (a tenth of the read, measured).
         */
        private final String[] seen = new String[16];
        private int count;
        private Set<String> many;
        private Map<String, String> unknown;
        private boolean inside;
        private boolean pending;
        String name;
        JsonLocation nameLocation;

        Members(Class<?> owner) throws IOException {
            this.owner = owner;
            JsonToken token = p.currentToken();
            if (token == JsonToken.FIELD_NAME) {
                // Jackson may hand a deserializer the object's first member rather than its start.
                pending = true;
            } else if (token != JsonToken.START_OBJECT) {
                throw wrongType("an object");
            }
            this.start = p.currentTokenLocation();
        }

        /** Moves to the next member and onto its value; false at the end of the object. */
        boolean next() throws IOException {
            leave();
            JsonToken token;
            if (pending) {
                pending = false;
                token = p.currentToken();
            } else {
                token = nextInObject(owner);
            }
            if (token == JsonToken.END_OBJECT) {
                return false;
            }
            if (token != JsonToken.FIELD_NAME) {
                throw new IllegalStateException("Expected a member name, the parser gave " + token);
            }
            name = migration.rename(owner, p.currentName());
            nameLocation = p.currentTokenLocation();
            path.push(owner, name);
            inside = true;
            if (count == maxCollectionSize) {
                throw tooMany("members", nameLocation);
            }
            checkUnicode(name, "the member name");
            if (!see(name)) {
                throw fail(ReadErrorCode.DUPLICATE_MEMBER, "the member " + quote(name) + " is given twice", nameLocation);
            }
            p.nextToken();
            return true;
        }

        /** Records a name; false if it was seen before. A set takes over past a few names, so cost stays linear. */
        private boolean see(String member) {
            if (many != null) {
                count++;
                return many.add(member);
            }
            for (int i = 0; i < count; i++) {
                if (seen[i].equals(member)) {
                    return false;
                }
            }
            if (count == seen.length) {
                many = new HashSet<>(Arrays.asList(seen));
                many.add(member);
                count++;
                return true;
            }
            seen[count++] = member;
            return true;
        }

        void leave() {
            if (inside) {
                path.pop();
                inside = false;
            }
        }

        /** Keeps the current member as an extension, or refuses it in strict mode. */
        void unknown() throws IOException {
            if (strict) {
                throw fail(ReadErrorCode.UNKNOWN_MEMBER, "unknown member " + quote(name) + " (strict mode)", nameLocation);
            }
            if (unknown == null) {
                unknown = new LinkedHashMap<>();
            }
            unknown.put(name, copyToText());
        }

        /** Refuses the current member: the object is a closed value. */
        void closed(String what) throws PlanInputException {
            throw fail(ReadErrorCode.UNKNOWN_MEMBER, what + " has no member " + quote(name), nameLocation);
        }

        Extensions extensions() {
            return unknown == null ? Extensions.empty() : Extensions.of(unknown);
        }

        <T> T require(String member, T value) throws PlanInputException {
            if (value == null) {
                throw fail(ReadErrorCode.MISSING_MEMBER, "the member " + quote(member) + " is required", start, owner,
                        member);
            }
            return value;
        }

        PlanInputException refused(RuntimeException e) {
            return PlanReader.this.refused(e, start);
        }
    }

    /**
     * Reads the next token inside an object: a member name or the object's end. Jackson reads the
     * start of the member's value together with its name, so a syntax error or a limit in that value
     * surfaces here, with the parser already on the name; the name then joins the path, so that the
     * error points at the member rather than at its object.
     */
    private JsonToken nextInObject(Class<?> owner) throws IOException {
        try {
            return p.nextToken();
        } catch (JsonProcessingException e) {
            if (p.currentToken() == JsonToken.FIELD_NAME) {
                path.push(owner, p.currentName());
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Failures

    private PlanInputException tooMany(String what, JsonLocation location) {
        return fail(ReadErrorCode.LIMIT_EXCEEDED, "more than " + maxCollectionSize + " " + what
                + " in one " + (what.equals("members") ? "object" : "array")
                + " (ReadLimits.maxCollectionSize())", location);
    }

    private PlanInputException wrongType(String expected) {
        return fail(ReadErrorCode.WRONG_TYPE, "expected " + expected + ", found " + describe(p.currentToken()),
                p.currentTokenLocation());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    private PlanInputException refused(RuntimeException e, JsonLocation location) {
        String reason = e instanceof NullPointerException
                ? "a required value is missing (" + e.getMessage() + ")"
                : e.getMessage();
        return fail(ReadErrorCode.INVALID_VALUE, sanitize(reason), location).because(e);
    }

    private PlanInputException fail(ReadErrorCode code, String detail, JsonLocation location) {
        return new PlanInputException(p, code, detail, location, path, null, null);
    }

    private PlanInputException fail(ReadErrorCode code, String detail, JsonLocation location, Class<?> owner,
            String member) {
        return new PlanInputException(p, code, detail, location, path, owner, member);
    }

    private void checkUnicode(String text, String what) throws PlanInputException {
        if (!mayHoldSurrogates) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw fail(ReadErrorCode.INVALID_VALUE, what + " holds an unpaired surrogate \\u"
                        + Integer.toHexString(c) + ", which is not Unicode text", p.currentTokenLocation());
            }
        }
    }

    /**
     * Returns a value as a JSON string for a message: escaped, on one line, cut after 40 characters.
     *
     * @param value the value, not null
     * @return the quoted value
     */
    public static String quote(String value) {
        StringBuilder quoted = new StringBuilder(Math.min(value.length(), QUOTE_LIMIT) + 8).append('"');
        int count = 0;
        for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
            if (count++ == QUOTE_LIMIT) {
                return quoted.append("…\"").toString();
            }
            int c = value.codePointAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else {
                appendVisible(quoted, c);
            }
        }
        return quoted.append('"').toString();
    }

    /**
     * Returns a message on one line: control and line-separator characters escaped, cut after 200
     * characters.
     *
     * @param message the message, may be null
     * @return the one-line message, never null
     */
    public static String sanitize(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder line = new StringBuilder(Math.min(message.length(), DETAIL_LIMIT) + 8);
        int count = 0;
        for (int i = 0; i < message.length(); i += Character.charCount(message.codePointAt(i))) {
            if (count++ == DETAIL_LIMIT) {
                return line.append('…').toString();
            }
            appendVisible(line, message.codePointAt(i));
        }
        return line.toString();
    }

    private static void appendVisible(StringBuilder text, int c) {
        if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029 || c <= 0xffff && Character.isSurrogate((char) c)) {
            text.append(String.format("\\u%04x", c));
        } else {
            text.appendCodePoint(c);
        }
    }
}
