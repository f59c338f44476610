package vn.campaign.importer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaign.importer.ImportCode;
import vn.campaign.importer.ImportReport;
import vn.campaign.importer.ImportResult;
import vn.campaign.importer.NoPlanReason;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Integration;
import vn.campaign.model.IntegrationKind;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;

/**
 * Reads the text of a plan into the model: one pass that finds the structure (header, title,
 * preamble, sections, recipients, signature), then one that interprets it in document order. Each
 * call uses its own state, so the class is thread-safe. Not part of the API.
 */
public final class DocumentReader {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Pattern ROMAN = Pattern.compile("^([IVXivx]{1,4}) ?[.)/:-] ?(\\p{L}.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^([0-9]{1,2}(?:\\.[0-9]{1,2})*)(?:([.)]) ?| )(\\p{L}.*)$");
    private static final Pattern LETTERED = Pattern.compile("^([a-zđ])\\) ?(\\p{L}.*)$");
    private static final Pattern NUMBER_LINE = Pattern.compile("^so ?(?::|\\.)? ?(.*)$");
    private static final Pattern PLACE_DATE = Pattern.compile("^(.{2,60}?), ngay ([0-9]{1,2}|\\s*) ?(?:/|-|thang) ?([0-9]{1,2}|\\s*)"
            + " ?(?:/|-|nam) ?([0-9]{4})");
    /** "…, ngày … tháng … năm …": the place and date left blank, as in a draft or a rendered plan. */
    private static final Pattern BLANK_PLACE_DATE =
            Pattern.compile("^[.…_ ]*, ngay [.…_ ]* thang [.…_ ]* nam [.…_ 0-9]*$");
    private static final Pattern RECIPIENTS = Pattern.compile("^noi nhan ?:? ?(.*)$");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|Q|TL|TUQ)\\. ?(.*)$");
    private static final Pattern SIGNED = Pattern.compile("^\\(?(?:da ky|ky ten|ky, ghi ro ho ten|ky va dong dau"
            + "|ky, dong dau)[^)]*\\)?\\.?$");
    private static final Pattern NATIONAL = Pattern.compile("^(cong hoa xa hoi chu nghia viet nam"
            + "|doc lap ?- ?tu do ?- ?hanh phuc|mat tran to quoc viet nam)$");
    private static final Pattern PREAMBLE_VERB = Pattern.compile(" (?:xay dung|ban hanh|xay dung va ban hanh) ke hoach");
    private static final Pattern QUOTED = Pattern.compile("[“\"«]([^”\"»]{3,})[”\"»]");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("nam ([0-9]{4})");
    private static final Pattern PERIOD_IN_TITLE = Pattern.compile("giai doan ([0-9]{4}) ?[-–] ?([0-9]{4})");
    private static final Pattern UNIT = Pattern.compile("tren dia ban (tinh|huyen|xa|thi tran|thanh pho|thi xa|phuong) ");
    private static final Pattern HEADER_UNIT = Pattern.compile("(?<![a-z])(tinh|huyen|xa|thi tran|thanh pho|thi xa|phuong)"
            + " ([a-z].*)$");
    private static final Pattern MARKER = Pattern.compile("\\((b/c|p/h|t/h)\\)$");

    private enum Zone { HEAD, ABSTRACT, PREAMBLE, BODY, RECIPIENTS, SIGNATURE }

    /** Text of a section body: a line, or the part of a heading line after the heading. */
    record Item(SourceLine line, String text) {
    }

    /** A section as found, interpreted later. */
    static final class SectionDraft {
        final String id;
        final String number;
        final String heading;
        final SectionKind kind;
        final SourceLine line;
        final int depth;
        final List<Item> items = new ArrayList<>();
        final List<SectionDraft> children = new ArrayList<>();

        SectionDraft(String id, String number, String heading, SectionKind kind, SourceLine line, int depth) {
            this.id = id;
            this.number = number;
            this.heading = heading;
            this.kind = kind;
            this.line = line;
            this.depth = depth;
        }
    }

    private final boolean markdown;
    private final Notes notes = new Notes();
    private final Actors actors = new Actors(notes);
    private final References references = new References(actors);
    private final TaskBuilder tasks;

    private final List<SourceLine> header = new ArrayList<>();
    private final List<SourceLine> stray = new ArrayList<>();
    private final List<SourceLine> abstractLines = new ArrayList<>();
    private final List<SourceLine> referenceLines = new ArrayList<>();
    private final List<SourceLine> preambleLines = new ArrayList<>();
    private final List<SourceLine> recipientLines = new ArrayList<>();
    private final List<SourceLine> signatureLines = new ArrayList<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<SectionDraft> stack = new ArrayList<>();
    private final Map<String, Integer> sectionIds = new LinkedHashMap<>();
    private Optional<SourceLine> numberLine = Optional.empty();
    private Optional<SourceLine> placeDateLine = Optional.empty();
    private Optional<SourceLine> titleLine = Optional.empty();
    private Optional<SourceLine> closingLine = Optional.empty();
    private Optional<LocalDate> planDate = Optional.empty();

    private DocumentReader(boolean markdown) {
        this.markdown = markdown;
        this.tasks = new TaskBuilder(notes, actors, references);
    }

    /**
     * Reads a document.
     *
     * @param document the text, not null
     * @param markdown whether to read Markdown markup (headings, emphasis, escapes)
     * @return the result, never null
     */
    public static ImportResult read(String document, boolean markdown) {
        return new DocumentReader(markdown).run(document);
    }

    private ImportResult run(String document) {
        List<SourceLine> lines = SourceLine.split(document, markdown);
        if (lines.stream().allMatch(SourceLine::isLayout)) {
            return ImportResult.noPlan(NoPlanReason.EMPTY_DOCUMENT, new ImportReport(List.of()));
        }
        Zone zone = Zone.HEAD;
        for (SourceLine line : lines) {
            if (!line.isLayout()) {
                zone = accept(line, zone);
            }
        }
        long knownSections = sections.stream().filter(s -> s.kind != SectionKind.OTHER).count();
        if (titleLine.isEmpty() && knownSections < 2) {
            Notes notPlan = new Notes();
            lines.stream().filter(line -> !line.isLayout()).forEach(line -> notPlan.add(line, ImportCode.NOT_A_PLAN));
            return ImportResult.noPlan(NoPlanReason.NO_PLAN_STRUCTURE, new ImportReport(notPlan.list()));
        }
        return interpret();
    }

    // ---------------------------------------------------------------- structure

    private Zone accept(SourceLine line, Zone zone) {
        String text = line.text();
        String folded = line.folded();
        Matcher recipients = RECIPIENTS.matcher(folded);
        if (recipients.matches() && zone != Zone.HEAD) {
            String rest = text.substring(recipients.start(1)).strip();
            if (!rest.isEmpty()) {
                recipientLines.add(new SourceLine(line.number(), line.raw(), rest, Fold.fold(rest), true, ""));
            }
            return Zone.RECIPIENTS;
        }
        if (zone != Zone.HEAD && AUTHORITY.matcher(text).matches() && isUpper(text)) {
            signatureLines.add(line);
            return Zone.SIGNATURE;
        }
        if (folded.startsWith("tren day la ke hoach") && zone != Zone.HEAD) {
            closingLine = Optional.of(line);
            return zone;
        }
        switch (zone) {
            case HEAD:
                return head(line);
            case ABSTRACT:
                if (isReference(line)) {
                    referenceLines.add(line);
                    return Zone.PREAMBLE;
                }
                if (ROMAN.matcher(text).matches()) {
                    return body(line);
                }
                if (abstractLines.isEmpty() || Character.isLowerCase(text.codePointAt(0))) {
                    abstractLines.add(line);
                    return Zone.ABSTRACT;
                }
                preambleLines.add(line);
                return Zone.PREAMBLE;
            case PREAMBLE:
                if (ROMAN.matcher(text).matches() || NUMBERED.matcher(text).matches() && !line.bullet()) {
                    return body(line);
                }
                if (isReference(line)) {
                    referenceLines.add(line);
                } else {
                    preambleLines.add(line);
                }
                return Zone.PREAMBLE;
            case BODY:
                return body(line);
            case RECIPIENTS:
                if (!line.bullet() && isUpper(text) && !recipientLines.isEmpty()) {
                    signatureLines.add(line);
                    return Zone.SIGNATURE;
                }
                recipientLines.add(line);
                return Zone.RECIPIENTS;
            default:
                if (SIGNED.matcher(folded).matches()) {
                    return zone;
                }
                signatureLines.add(line);
                return Zone.SIGNATURE;
        }
    }

    private Zone head(SourceLine line) {
        String folded = line.folded();
        if (NATIONAL.matcher(folded).matches()) {
            return Zone.HEAD;
        }
        if (folded.equals("ke hoach")) {
            titleLine = Optional.of(line);
            return Zone.ABSTRACT;
        }
        if (NUMBER_LINE.matcher(folded).matches() && numberLine.isEmpty() && folded.matches("^so ?[:.].*")) {
            numberLine = Optional.of(line);
            return Zone.HEAD;
        }
        if (PLACE_DATE.matcher(folded).find()) {
            placeDateLine = Optional.of(line);
            return Zone.HEAD;
        }
        if (BLANK_PLACE_DATE.matcher(folded).matches() && placeDateLine.isEmpty()) {
            placeDateLine = Optional.of(line);
            notes.add(line, ImportCode.PLACE_DATE_BLANK);
            return Zone.HEAD;
        }
        if (ROMAN.matcher(line.text()).matches()) {
            return body(line);
        }
        if (isReference(line)) {
            referenceLines.add(line);
            return Zone.PREAMBLE;
        }
        if (isUpper(line.text())) {
            header.add(line);
        } else {
            stray.add(line);
        }
        return Zone.HEAD;
    }

    private static boolean isReference(SourceLine line) {
        return (line.folded().startsWith("thuc hien ") || line.folded().startsWith("can cu "))
                && References.namesDocument(line.text());
    }

    private static boolean isUpper(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(VI));
    }

    private Zone body(SourceLine line) {
        String text = line.text();
        Matcher roman = ROMAN.matcher(text);
        if (!line.bullet() && roman.matches() && romanValue(roman.group(1)) > 0) {
            String number = roman.group(1).toUpperCase(Locale.ROOT);
            String[] split = splitHeading(line, roman.group(2), roman.start(2));
            SectionDraft section = new SectionDraft(sectionId(number), number, split[0], topKind(split[0], line), line, 0);
            sections.add(section);
            stack.clear();
            stack.add(section);
            addInline(section, line, split[1]);
            return Zone.BODY;
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (!line.bullet() && numbered.matches() && (numbered.group(1).contains(".") || numbered.group(2) != null)) {
            String number = numbered.group(1);
            int depth = number.split("\\.").length;
            String[] split = splitHeading(line, numbered.group(3), numbered.start(3));
            openSubsection(line, number, depth, split);
            return Zone.BODY;
        }
        Matcher lettered = LETTERED.matcher(text);
        if (!line.bullet() && lettered.matches() && !stack.isEmpty()) {
            String[] split = splitHeading(line, lettered.group(2), lettered.start(2));
            openSubsection(line, lettered.group(1), stack.size(), split);
            return Zone.BODY;
        }
        if (stack.isEmpty()) {
            stray.add(line);
        } else {
            stack.get(stack.size() - 1).items.add(new Item(line, text));
        }
        return Zone.BODY;
    }

    private void openSubsection(SourceLine line, String number, int depth, String[] split) {
        if (stack.isEmpty()) {
            SectionDraft section = new SectionDraft(sectionId(number), number, split[0], topKind(split[0], line), line, 0);
            sections.add(section);
            stack.add(section);
            addInline(section, line, split[1]);
            return;
        }
        int parentIndex = Math.min(depth - 1, stack.size() - 1);
        if (parentIndex < depth - 1) {
            notes.add(line, ImportCode.SUBSECTION_PLACED);
        }
        SectionDraft parent = stack.get(parentIndex);
        while (stack.size() > parentIndex + 1) {
            stack.remove(stack.size() - 1);
        }
        SectionKind kind = subKind(parent.kind, split[0]);
        String id = sectionId(stack.get(0).id + "." + number);
        SectionDraft section = new SectionDraft(id, number, split[0], kind, line, depth);
        parent.children.add(section);
        stack.add(section);
        addInline(section, line, split[1]);
    }

    private static void addInline(SectionDraft section, SourceLine line, String body) {
        if (!body.isEmpty()) {
            section.items.add(new Item(line, body));
        }
    }

    /** Splits "Mục đích: Tiếp tục …" into heading and inline body; the heading loses its end colon. */
    private static String[] splitHeading(SourceLine line, String rest, int restStart) {
        String heading = rest;
        String body = "";
        String lead = line.lead();
        if (!lead.isEmpty() && lead.length() < line.text().length() && lead.length() > restStart
                && line.text().startsWith(lead)) {
            heading = lead.substring(restStart);
            body = line.text().substring(lead.length()).strip();
        } else if (lead.isEmpty() || lead.length() >= line.text().length()) {
            int colon = rest.indexOf(':');
            if (colon > 0 && colon < rest.length() - 1 && rest.substring(0, colon).strip().split(" ").length <= 8) {
                heading = rest.substring(0, colon);
                body = rest.substring(colon + 1).strip();
            }
        }
        heading = heading.strip().replaceAll("[:：]+$", "").strip();
        return new String[] {heading, body};
    }

    private String sectionId(String base) {
        String clean = base.replaceAll("[^A-Za-z0-9._-]", "");
        int n = sectionIds.merge(clean, 1, Integer::sum);
        return n == 1 ? clean : clean + "-" + n;
    }

    private SectionKind topKind(String heading, SourceLine line) {
        String f = Fold.fold(heading);
        if (f.contains("muc dich") || f.contains("yeu cau")) {
            return SectionKind.OBJECTIVES;
        }
        if (f.contains("to chuc thuc hien")) {
            return SectionKind.ORGANISATION;
        }
        if (f.contains("kinh phi")) {
            return SectionKind.FUNDING;
        }
        if (f.contains("noi dung") || f.contains("nhiem vu")) {
            return SectionKind.CONTENT;
        }
        if (f.contains("thanh phan")) {
            return SectionKind.PARTICIPANTS;
        }
        if (f.contains("thoi gian")) {
            return SectionKind.TIMING;
        }
        notes.add(line, ImportCode.SECTION_KIND_OTHER);
        return SectionKind.OTHER;
    }

    private static SectionKind subKind(SectionKind parent, String heading) {
        if (parent == SectionKind.OBJECTIVES || parent == SectionKind.PURPOSE || parent == SectionKind.REQUIREMENT) {
            String f = Fold.fold(heading);
            if (f.startsWith("muc dich")) {
                return SectionKind.PURPOSE;
            }
            if (f.startsWith("yeu cau")) {
                return SectionKind.REQUIREMENT;
            }
            return parent;
        }
        return parent;
    }

    private static int romanValue(String roman) {
        String r = roman.toUpperCase(Locale.ROOT);
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        for (int i = 0; i < numerals.length; i++) {
            if (numerals[i].equals(r)) {
                return i + 1;
            }
        }
        return 0;
    }

    // ---------------------------------------------------------------- interpretation

    private ImportResult interpret() {
        Plan.Builder plan = Plan.builder().type(DocumentType.PLAN);
        String title = abstractLines.stream().map(SourceLine::text).reduce((a, b) -> a + " " + b).orElse("");
        String preamble = preambleLines.stream().map(SourceLine::text).reduce((a, b) -> a + " " + b).orElse("");

        Optional<String> unit = Optional.empty();
        Optional<AdministrativeLevel> unitLevel = Optional.empty();
        Matcher unitMatch = UNIT.matcher(Fold.fold(title));
        if (unitMatch.find()) {
            String words = title.substring(unitMatch.end()).replaceFirst("^((?:\\p{Lu}[\\p{L}'’-]*\\s?)+).*$", "$1").strip();
            if (!words.isEmpty() && Character.isUpperCase(words.codePointAt(0))) {
                unit = Optional.of(title.substring(unitMatch.start(1), unitMatch.end(1)) + " " + words);
                unitLevel = levelOfWord(unitMatch.group(1));
            }
        }

        String issuerId = issuer(preamble, unit, unitLevel);
        plan.issuer(issuerId);
        actors.get(issuerId).ifPresent(draft -> actors.defaultLevel(draft.level));
        if (unit.isPresent() && titleLine.isPresent()) {
            notes.add(abstractLines.get(0), ImportCode.ACTOR_INFERRED);
        }

        numberLine.ifPresent(line -> number(line, plan, issuerId));
        placeDateLine.ifPresent(line -> placeDate(line.text(), plan));
        if (!title.isEmpty()) {
            plan.title(title);
        } else {
            plan.title("");
        }
        Campaign campaign = campaign(title);
        plan.campaign(campaign);

        for (SourceLine line : referenceLines) {
            ReferenceRelation relation = line.folded().startsWith("thuc hien") ? ReferenceRelation.IMPLEMENTS
                    : ReferenceRelation.LEGAL_BASIS;
            references.read(line.text(), relation, Optional.empty(), line);
        }
        if (!preamble.isEmpty()) {
            plan.preamble(preamble);
        }

        tasks.campaign(campaign.name());
        List<Section> built = new ArrayList<>();
        List<FundingSource> sources = new ArrayList<>();
        for (SectionDraft draft : sections) {
            built.add(section(draft, Optional.empty(), sources));
        }
        plan.sections(built.toArray(Section[]::new));
        plan.funding(sources.isEmpty() ? Funding.NONE : Funding.of(sources, List.of()));
        plan.integrations(tasks.integrations().toArray(Integration[]::new));

        plan.recipients(recipients().toArray(Recipient[]::new));
        signature().ifPresent(plan::signature);
        closingLine.ifPresent(line -> plan.closing(line.text()));

        Optional<DateRange> period = period(title);
        actors.completeHierarchy(unit, unitLevel);
        Optional<Actor> issuer = actors.build().stream().filter(a -> a.id().equals(issuerId)).findFirst();
        if (issuer.isPresent() && issuer.get().symbolCode().isEmpty() && issuer.get().kind() == ActorKind.STANDING_COMMITTEE
                && issuer.get().level().filter(level -> level != AdministrativeLevel.CENTRAL).isPresent()) {
            actors.symbolCode(issuerId, "MTTQ-BTT");
            notes.add(0, "", ImportCode.SYMBOL_CODE_BY_CONVENTION);
        }
        plan.references(references.build().toArray(DocumentReference[]::new));
        plan.actors(actors.build().toArray(Actor[]::new));
        for (SourceLine line : stray) {
            notes.add(line, ImportCode.LINE_OUTSIDE_STRUCTURE);
        }
        ImportReport report = new ImportReport(notes.list());
        if (period.isEmpty()) {
            return ImportResult.noPlan(NoPlanReason.NO_PERIOD, report);
        }
        plan.period(period.get());
        return ImportResult.of(plan.build(), report);
    }

    private String issuer(String preamble, Optional<String> unit, Optional<AdministrativeLevel> unitLevel) {
        Matcher verb = PREAMBLE_VERB.matcher(Fold.fold(preamble));
        if (verb.find()) {
            String subject = preamble.substring(0, verb.start());
            if (actors.isBody(subject)) {
                return actors.resolve(subject, Actors.WRITTEN, Optional.empty(), preambleLines.get(0)).orElseThrow();
            }
        }
        for (SectionDraft section : sections) {
            if (section.kind == SectionKind.ORGANISATION && !section.children.isEmpty()) {
                SectionDraft first = section.children.get(0);
                ActorKind kind = actors.kindOf(first.heading);
                if (kind == ActorKind.STANDING_COMMITTEE || kind == ActorKind.FRONT_COMMITTEE) {
                    notes.add(first.line, ImportCode.ACTOR_INFERRED);
                    return actors.resolve(first.heading, Actors.WRITTEN, Optional.empty(), first.line).orElseThrow();
                }
            }
        }
        boolean standing = header.stream().anyMatch(line -> line.folded().equals("ban thuong truc"));
        for (SourceLine line : header) {
            Matcher place = HEADER_UNIT.matcher(line.folded());
            if (line.folded().contains("mttq") || line.folded().contains("mat tran")) {
                if (place.find()) {
                    String levelWord = line.text().substring(place.start(1), place.end(1)).toLowerCase(VI);
                    String name = (standing ? "Ban Thường trực " : "") + "Ủy ban MTTQ Việt Nam " + levelWord;
                    notes.add(line, ImportCode.ACTOR_INFERRED);
                    return actors.resolve(name, Actors.EXPANDED, Optional.empty(), line).orElseThrow();
                }
            }
        }
        notes.add(0, "", ImportCode.ISSUER_DEFAULTED);
        return actors.defaultIssuer();
    }

    private static Optional<AdministrativeLevel> levelOfWord(String folded) {
        switch (folded) {
            case "tinh":
                return Optional.of(AdministrativeLevel.PROVINCE);
            case "huyen":
            case "thanh pho":
            case "thi xa":
                return Optional.of(AdministrativeLevel.DISTRICT);
            default:
                return Optional.of(AdministrativeLevel.COMMUNE);
        }
    }

    private void number(SourceLine line, Plan.Builder plan, String issuerId) {
        Matcher m = NUMBER_LINE.matcher(line.folded());
        m.matches();
        String rest = line.text().substring(m.start(1)).strip();
        String token = rest.split(" ", 2)[0];
        String after = rest.substring(token.length()).strip();
        if (!token.matches("^[0-9].*")) {
            notes.add(line, ImportCode.NUMBER_BLANK);
            String code = token.replaceFirst("^/?[^-]*-", "");
            if (!code.isEmpty() && !code.equals(token)) {
                actors.symbolCode(issuerId, code);
            }
        } else {
            try {
                DocumentNumber number = DocumentNumber.parse(token.replaceAll("[.,;]$", ""));
                plan.number(number);
                actors.symbolCode(issuerId, number.issuerCode());
            } catch (IllegalArgumentException e) {
                notes.add(line, ImportCode.NUMBER_UNREADABLE);
            }
        }
        if (!after.isEmpty() && placeDateLine.isEmpty()) {
            placeDate(after, plan);
        }
    }

    private void placeDate(String text, Plan.Builder plan) {
        Matcher m = PLACE_DATE.matcher(Fold.fold(text));
        if (!m.find()) {
            return;
        }
        plan.place(text.substring(m.start(1), m.end(1)).strip());
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3).strip()),
                    Integer.parseInt(m.group(2).strip()));
            plan.date(date);
            planDate = Optional.of(date);
        } catch (NumberFormatException | DateTimeException e) {
            // a date left blank ("ngày … tháng … năm 2024"), as in a draft: no date
        }
    }

    private Campaign campaign(String title) {
        Matcher m = QUOTED.matcher(title);
        while (m.find()) {
            String before = Fold.fold(title.substring(Math.max(0, m.start() - 20), m.start()));
            if (before.contains("cuoc van dong")) {
                return Campaign.of(m.group(1).strip());
            }
        }
        notes.add(titleLine.map(SourceLine::number).orElse(0), title, ImportCode.CAMPAIGN_DEFAULTED);
        return Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS;
    }

    private Optional<DateRange> period(String title) {
        String folded = Fold.fold(title);
        Matcher range = PERIOD_IN_TITLE.matcher(folded);
        if (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (from <= to) {
                return Optional.of(DateRange.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
            }
        }
        Matcher year = YEAR_IN_TITLE.matcher(folded);
        Optional<Integer> last = Optional.empty();
        while (year.find()) {
            last = Optional.of(Integer.parseInt(year.group(1)));
        }
        if (last.isPresent()) {
            return Optional.of(DateRange.ofYear(last.get()));
        }
        Optional<LocalDate> date = planDate;
        if (date.isEmpty()) {
            date = references.build().stream().filter(r -> r.relation() == ReferenceRelation.IMPLEMENTS)
                    .flatMap(r -> r.date().stream()).findFirst();
        }
        if (date.isPresent()) {
            notes.add(titleLine.map(SourceLine::number).orElse(0), title, ImportCode.PERIOD_DEFAULTED);
            return Optional.of(DateRange.ofYear(date.get().getYear()));
        }
        return Optional.empty();
    }

    private Section section(SectionDraft draft, Optional<String> parentActor, List<FundingSource> sources) {
        Section.Builder section = Section.builder(draft.id, draft.number, draft.heading).kind(draft.kind);
        Optional<String> actorId = parentActor;
        boolean headingIsActor = false;
        if (draft.kind == SectionKind.ORGANISATION && draft.depth > 0 && actors.isBody(draft.heading)) {
            actorId = actors.resolve(draft.heading, Actors.WRITTEN, Optional.empty(), draft.line);
            actorId.ifPresent(section::actor);
            headingIsActor = actorId.isPresent();
        }
        switch (draft.kind) {
            case CONTENT:
            case ORGANISATION:
                Optional<AdministrativeLevel> level = actorId.flatMap(actors::get).flatMap(a -> a.level);
                section.tasks(tasks.tasks(draft.id, draft.items, headingIsActor ? "" : draft.heading, level)
                        .toArray(vn.campaign.model.Task[]::new));
                break;
            case FUNDING:
                for (Item item : draft.items) {
                    funding(item, sources).ifPresent(section::paragraphs);
                }
                break;
            default:
                draft.items.forEach(item -> section.paragraphs(item.text()));
                break;
        }
        for (SectionDraft child : draft.children) {
            section.subsections(section(child, actorId, sources));
        }
        return section.build();
    }

    /** Reads a funding line into a source, or returns it as a paragraph when it names no source. */
    private Optional<String> funding(Item item, List<FundingSource> sources) {
        String text = item.text();
        int colon = text.indexOf(':');
        String label = colon > 0 && text.substring(0, colon).split(" ").length <= 8 ? text.substring(0, colon) : text;
        String folded = Fold.fold(label);
        FundingSourceKind kind;
        String id;
        if (folded.contains("ngan sach")) {
            kind = FundingSourceKind.STATE_BUDGET;
            id = "state-budget";
        } else if (folded.contains("xa hoi hoa")) {
            kind = FundingSourceKind.SOCIALISED;
            id = "socialised";
        } else if (folded.contains("nguon")) {
            kind = FundingSourceKind.OTHER;
            id = "other";
        } else {
            references.read(text, ReferenceRelation.FUNDING_BASIS, Optional.empty(), item.line());
            return Optional.of(text);
        }
        String description = colon > 0 && label != text ? text.substring(colon + 1).strip() : text;
        if (description.isEmpty()) {
            description = text;
        }
        FundingSourceKind sourceKind = kind;
        long same = sources.stream().filter(source -> source.kind() == sourceKind).count();
        String unique = same == 0 ? id : id + "-" + (same + 1);
        List<String> basis = references.read(description, ReferenceRelation.FUNDING_BASIS, Optional.empty(), item.line());
        FundingSource source = new FundingSource(unique, kind, description, basis.stream().findFirst(), Extensions.empty());
        sources.add(source);
        return Optional.empty();
    }

    private List<Recipient> recipients() {
        List<Recipient> list = new ArrayList<>();
        for (SourceLine line : recipientLines) {
            String text = line.text().strip().replaceAll("[;.,]+$", "").strip();
            String folded = Fold.fold(text);
            RecipientPurpose purpose = RecipientPurpose.INFORMATION;
            Matcher marker = MARKER.matcher(folded);
            if (folded.startsWith("luu")) {
                purpose = RecipientPurpose.FILE_COPY;
                String rest = text.substring(3).replaceFirst("^ ?:? ?", "").strip();
                list.add(Recipient.of(rest.isEmpty() ? "VT" : rest, purpose));
                continue;
            }
            if (marker.find()) {
                switch (marker.group(1)) {
                    case "b/c":
                        purpose = RecipientPurpose.REPORT;
                        break;
                    case "p/h":
                        purpose = RecipientPurpose.COORDINATION;
                        break;
                    default:
                        purpose = RecipientPurpose.IMPLEMENTATION;
                        break;
                }
                text = text.substring(0, marker.start()).strip();
            }
            list.add(Recipient.of(text, purpose, recipientActors(text, line).toArray(String[]::new)));
        }
        return list;
    }

    private List<String> recipientActors(String text, SourceLine line) {
        List<String> ids = new ArrayList<>();
        String[] parts = text.split(", ");
        boolean split = parts.length > 1;
        for (String part : parts) {
            split &= actors.isBody(part);
        }
        if (!split) {
            actors.resolve(text, Actors.EXPANDED, Optional.empty(), line).ifPresent(ids::add);
            return ids;
        }
        Matcher level = Pattern.compile(" (tỉnh|huyện|xã)$").matcher(parts[parts.length - 1]);
        String levelWord = level.find() ? level.group(1) : "";
        for (String part : parts) {
            String name = part;
            if (!levelWord.isEmpty() && !Pattern.compile("(?<![\\p{L}])(tỉnh|huyện|xã|thị trấn|Huyện ủy|Tỉnh ủy)(?![\\p{L}])")
                    .matcher(part).find()) {
                name = part + " " + levelWord;
                notes.add(line, ImportCode.ACTOR_INFERRED);
            }
            actors.resolve(name, Actors.EXPANDED, Optional.empty(), line).ifPresent(ids::add);
        }
        return ids;
    }

    private Optional<Signature> signature() {
        if (signatureLines.isEmpty()) {
            return Optional.empty();
        }
        List<SourceLine> lines = new ArrayList<>(signatureLines);
        Optional<SigningAuthority> authority = Optional.empty();
        Optional<String> onBehalfOf = Optional.empty();
        Matcher m = AUTHORITY.matcher(lines.get(0).text());
        if (m.matches()) {
            authority = Optional.of(SigningAuthority.valueOf(m.group(1)));
            onBehalfOf = Optional.of(m.group(2).strip()).filter(s -> !s.isEmpty());
            lines.remove(0);
        }
        if (lines.size() < 2) {
            signatureLines.forEach(line -> notes.add(line, ImportCode.SIGNATURE_INCOMPLETE));
            return Optional.empty();
        }
        for (SourceLine extra : lines.subList(2, lines.size())) {
            stray.add(extra);
        }
        return Optional.of(new Signature(authority, onBehalfOf, lines.get(0).text(), lines.get(1).text(),
                Extensions.empty()));
    }
}
