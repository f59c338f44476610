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
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;

/**
 * The second pass of the import: interprets a {@link Structure} in document order as a {@link Plan}
 * (sections and their kinds, tasks, actors, references, funding, recipients, signature) and reports,
 * in the import notes, what it did not map or mapped by a guess or a default. Each call uses its own
 * state, so the class is thread-safe. Not part of the API.
 */
final class PlanInterpreter {

    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern TYPE_PREFIX = Pattern.compile("^/?[^-]*-");
    private static final Pattern COLON_LEAD = Pattern.compile("^ ?:? ?");

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** The verb of the sentence whose subject issues the document: "… xây dựng Kế hoạch …", "… hướng dẫn …". */
    private static final Pattern PREAMBLE_VERB = Pattern.compile(" (?:(?:xay dung|ban hanh|xay dung va ban hanh)"
            + " (?:ke hoach|chuong trinh|huong dan|quy che)|huong dan|thong nhat ban hanh)(?![a-z])");
    /** "giai đoạn 2021 - 2025", "nhiệm kỳ 2019 – 2024": a span of years (folded text). */
    /** "từ ngày 17/12/2025 đến ngày 25/01/2026" (folded text). */
    /** Words of an election: a term after them is the term of the bodies elected, not the document's period. */
    private static final Pattern UNIT = Pattern.compile("tren dia ban (tinh|huyen|xa|thi tran|thanh pho|thi xa|phuong) ");
    private static final Pattern HEADER_UNIT = Pattern.compile("(?<![a-z])(tinh|huyen|xa|thi tran|thanh pho|thi xa|phuong)"
            + " ([a-z].*)$");
    /** "Quy trình …", "Nội dung, trình tự, thủ tục": a section that says how things are done. */
    private static final Pattern PROCEDURE = Pattern.compile("(?<![a-z])(?:quy trinh|trinh tu|thu tuc)(?![a-z])");
    private static final Pattern NUMBER_SPACES = Pattern.compile(" ?([/-]) ?");
    private static final Pattern REFERENCE_START = Pattern.compile("(?:can cu|thuc hien|theo) ");
    private static final Pattern MARKER = Pattern.compile("\\((b/c|p/h|t/h)\\)$");

    /** A part of the structure as a section: its id and kind, given in document order, and its subsections. */
    private record SectionDraft(Structure.Part part, String id, SectionKind kind, List<SectionDraft> children,
            boolean procedure) {
    }

    private final Structure structure;
    private final Notes notes = new Notes();
    private final Actors actors = new Actors(notes);
    private final References references = new References(actors);
    private final TaskBuilder tasks = new TaskBuilder(notes, actors, references);
    private final Map<String, Integer> sectionIds = new LinkedHashMap<>();
    private final List<SectionDraft> sections = new ArrayList<>();
    /** The lines outside the structure: those the structure found, then the signature's extra lines. */
    private final List<SourceLine> stray = new ArrayList<>();
    /** The year of issue: of the date, or written where the day is left blank. */
    private Optional<Integer> issueYear = Optional.empty();

    private PlanInterpreter(Structure structure) {
        this.structure = structure;
        this.stray.addAll(structure.outside());
    }

    /**
     * Interprets the structure of a document.
     *
     * @param structure the structure, not null
     * @return the result, never null
     */
    static ImportResult interpret(Structure structure) {
        return new PlanInterpreter(structure).run();
    }

    private ImportResult run() {
        if (structure.isEmpty()) {
            return ImportResult.noPlan(NoPlanReason.EMPTY_DOCUMENT, new ImportReport(List.of()));
        }
        structure.blankPlaceDate().ifPresent(line -> notes.add(line, ImportCode.PLACE_DATE_BLANK));
        for (Structure.Part part : structure.parts()) {
            String id = sectionId(part.annex() ? "annex" : part.number());
            // an annex restates and tabulates: its words name no kind of section
            SectionKind kind = part.annex() ? SectionKind.OTHER : topKind(part.heading(), part.line());
            boolean procedure = PROCEDURE.matcher(Fold.fold(part.heading())).find();
            sections.add(new SectionDraft(part, id, kind, subsections(part, kind, id, procedure), procedure));
        }
        long knownSections = sections.stream().filter(s -> s.kind() != SectionKind.OTHER).count();
        if (structure.documentType().isEmpty() && knownSections < 2) {
            Notes notPlan = new Notes();
            structure.lines().forEach(line -> notPlan.add(line, ImportCode.NOT_A_PLAN));
            return ImportResult.noPlan(NoPlanReason.NO_PLAN_STRUCTURE, new ImportReport(notPlan.list()));
        }
        return interpret();
    }

    // ---------------------------------------------------------------- sections: ids and kinds

    /** The subsections of a part, in document order; {@code topId} is the id of its top-level section. */
    private List<SectionDraft> subsections(Structure.Part parent, SectionKind parentKind, String parentId,
            boolean procedure) {
        List<SectionDraft> children = new ArrayList<>();
        for (Structure.Part part : parent.parts()) {
            if (part.placed()) {
                notes.add(part.line(), ImportCode.SUBSECTION_PLACED);
            }
            SectionKind kind = subKind(parentKind, part.heading());
            // under "II.2" (numbered "2"): "2.1" is "II.2.1", "a" is "II.2.a"; under "3": "3.1" is "3.1"
            String id = sectionId(part.number().startsWith(parent.number() + ".")
                    ? parentId + part.number().substring(parent.number().length()) : parentId + "." + part.number());
            children.add(new SectionDraft(part, id, kind, subsections(part, kind, id, procedure), procedure));
        }
        return children;
    }

    private String sectionId(String base) {
        // "II.2.1" as written; "Chương I", "Điều 1" in ASCII ("chuong-i", "chuong-i-dieu-1")
        String clean = base.chars().allMatch(c -> c < 128) ? NOT_ID.matcher(base).replaceAll("") : Fold.slug(base, 40);
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
        if (f.contains("noi dung") || f.contains("nhiem vu") || f.contains("chuong trinh hanh dong")
                || f.contains("giai phap") || PROCEDURE.matcher(f).find()) {
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

    // ---------------------------------------------------------------- interpretation

    private ImportResult interpret() {
        String title = structure.title().stream().map(SourceLine::text).reduce((a, b) -> a + " " + b).orElse("");
        Plan.Builder plan = Plan.builder().type(structure.documentType()
                .map(line -> Abstracts.documentType(line.folded(), Fold.fold(title))).orElse(DocumentType.PLAN));
        String preamble = structure.preamble().stream().map(SourceLine::text).reduce((a, b) -> a + " " + b)
                .orElse("");

        Optional<String> unit = Optional.empty();
        Optional<AdministrativeLevel> unitLevel = Optional.empty();
        Matcher unitMatch = UNIT.matcher(Fold.fold(title));
        if (unitMatch.find()) {
            String words = capitalisedWords(title.substring(unitMatch.end())).strip();
            if (!words.isEmpty() && Character.isUpperCase(words.codePointAt(0))) {
                unit = Optional.of(title.substring(unitMatch.start(1), unitMatch.end(1)) + " " + words);
                unitLevel = levelOfWord(unitMatch.group(1));
            }
        }

        String issuerId = issuer();
        plan.issuer(issuerId);
        actors.get(issuerId).ifPresent(draft -> actors.defaultLevel(draft.level));
        if (unit.isPresent() && structure.documentType().isPresent()) {
            notes.add(structure.title().get(0), ImportCode.ACTOR_INFERRED);
        }

        structure.number().ifPresent(line -> number(line, plan, issuerId));
        structure.placeDate().ifPresent(line -> placeDate(line.text(), plan, line));
        if (!title.isEmpty()) {
            plan.title(title);
        } else {
            plan.title("");
        }
        Optional<Campaign> campaign = Abstracts.campaign(title);
        campaign.ifPresent(plan::campaign);

        for (SourceLine line : structure.references()) {
            ReferenceRelation relation = line.folded().startsWith("thuc hien") ? ReferenceRelation.IMPLEMENTS
                    : ReferenceRelation.LEGAL_BASIS;
            references.read(line.text(), relation, Optional.empty(), line);
        }
        if (!preamble.isEmpty()) {
            plan.preamble(preamble);
        }

        tasks.campaign(campaign.map(Campaign::name).orElse(""));
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
        structure.closing().ifPresent(line -> plan.closing(line.text()));

        Optional<DateRange> period = period(title, built);
        actors.completeHierarchy(unit, unitLevel);
        Optional<Actor> issuer = actors.build().stream().filter(a -> a.id().equals(issuerId)).findFirst();
        if (issuer.isPresent() && issuer.get().symbolCode().isEmpty() && issuer.get().kind() == ActorKind.STANDING_COMMITTEE
                && issuer.get().level().filter(level -> level != AdministrativeLevel.CENTRAL).isPresent()) {
            actors.symbolCode(issuerId, "MTTQ-BTT");
            notes.add(0, "", ImportCode.SYMBOL_CODE_BY_CONVENTION);
        }
        references.parentFromLegalBasis().ifPresent(line -> notes.add(line, ImportCode.PARENT_FROM_LEGAL_BASIS));
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

    /**
     * The issuer: the subject of the sentence that issues the document ("Ban Thường trực … xây dựng Kế
     * hoạch …"), else the body of the header block, else the first body of "Tổ chức thực hiện", else the
     * subject of an issuing clause that closes a reference line; else a default.
     */
    private String issuer() {
        List<SourceLine> preambleLines = structure.preamble();
        for (int i = preambleLines.size() - 1; i >= 0; i--) {
            SourceLine line = preambleLines.get(i);
            Optional<String> subject = subjectOfIssue(line.text());
            if (subject.isPresent()) {
                return actors.resolve(subject.get(), Actors.WRITTEN, Optional.empty(), line).orElseThrow();
            }
        }
        // The header block, joined: a Word export breaks "ỦY BAN MTTQ VIỆT NAM / XÃ LƯƠNG MINH / BAN THƯỜNG
        // TRỰC" over lines.
        String header = structure.header().stream().map(SourceLine::text).reduce((a, b) -> a + " " + b).orElse("");
        String foldedHeader = Fold.fold(header);
        boolean standing = foldedHeader.contains("ban thuong truc");
        int front = Math.max(foldedHeader.indexOf("mttq"), foldedHeader.indexOf("mat tran"));
        if (front >= 0) {
            Matcher place = HEADER_UNIT.matcher(foldedHeader);
            if (place.find(front)) {
                String levelWord = header.substring(place.start(1), place.end(1)).toLowerCase(VI);
                String name = (standing ? "Ban Thường trực " : "") + "Ủy ban MTTQ Việt Nam " + levelWord;
                SourceLine line = structure.header().get(0);
                notes.add(line, ImportCode.ACTOR_INFERRED);
                return actors.resolve(name, Actors.EXPANDED, Optional.empty(), line).orElseThrow();
            }
        }
        for (SectionDraft section : sections) {
            if (section.kind() == SectionKind.ORGANISATION && !section.children().isEmpty()) {
                Structure.Part first = section.children().get(0).part();
                ActorKind kind = actors.kindOf(first.heading());
                if (kind == ActorKind.STANDING_COMMITTEE || kind == ActorKind.FRONT_COMMITTEE) {
                    notes.add(first.line(), ImportCode.ACTOR_INFERRED);
                    return actors.resolve(first.heading(), Actors.WRITTEN, Optional.empty(), first.line()).orElseThrow();
                }
            }
        }
        for (SourceLine line : structure.references()) {
            // the sentence that issues the document may close the last reference line ("…; bám sát …, Ban
            // Thường trực … hướng dẫn …")
            String lastClause = line.text().substring(line.text().lastIndexOf(';') + 1);
            Optional<String> subject = subjectOfIssue(lastClause);
            if (subject.isPresent()) {
                notes.add(line, ImportCode.ACTOR_INFERRED);
                return actors.resolve(subject.get(), Actors.WRITTEN, Optional.empty(), line).orElseThrow();
            }
        }
        notes.add(0, "", ImportCode.ISSUER_DEFAULTED);
        return actors.defaultIssuer();
    }

    /**
     * The body that issues the document in a sentence "… Ban Thường trực … xây dựng Kế hoạch …": the
     * longest clause before the verb (after the last ", " or "; " that leaves a body's name) that names
     * a body.
     */
    private Optional<String> subjectOfIssue(String text) {
        Matcher verb = PREAMBLE_VERB.matcher(Fold.fold(text));
        while (verb.find()) {
            String before = text.substring(0, verb.start());
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i + 1 < before.length(); i++) {
                char c = before.charAt(i);
                if ((c == ';' || c == ',' || c == ':') && before.charAt(i + 1) == ' ') {
                    starts.add(i + 2);
                }
            }
            for (int k = starts.size() - 1; k >= 0; k--) {
                String candidate = before.substring(starts.get(k)).strip();
                if (!candidate.isEmpty() && Character.isUpperCase(candidate.codePointAt(0)) && actors.isBody(candidate)
                        && !REFERENCE_START.matcher(Fold.fold(candidate)).lookingAt()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
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
        Matcher m = StructureReader.NUMBER_LINE.matcher(line.folded());
        m.matches();
        // Word exports space the number out: "Số:  06 /KH-MTTQ-BTT", "Số: /HD- MTTQ-BTT"
        String rest = NUMBER_SPACES.matcher(line.text().substring(m.start(1)).strip()).replaceAll("$1");
        String token = rest.split(" ", 2)[0];
        String after = rest.substring(token.length()).strip();
        if (!(!token.isEmpty() && token.charAt(0) >= '0' && token.charAt(0) <= '9')) {
            notes.add(line, ImportCode.NUMBER_BLANK);
            String code = TYPE_PREFIX.matcher(token).replaceFirst("");
            if (!code.isEmpty() && !code.equals(token)) {
                actors.symbolCode(issuerId, code);
            }
        } else {
            try {
                DocumentNumber number = DocumentNumber.parse(Fold.stripOne(token, ".,;"));
                plan.number(number);
                actors.symbolCode(issuerId, number.issuerCode());
            } catch (IllegalArgumentException e) {
                notes.add(line, ImportCode.NUMBER_UNREADABLE);
            }
        }
        if (!after.isEmpty() && structure.placeDate().isEmpty()) {
            placeDate(after, plan, line);
        }
    }

    private void placeDate(String text, Plan.Builder plan, SourceLine line) {
        Matcher m = StructureReader.PLACE_DATE.matcher(Fold.fold(text));
        if (!m.find()) {
            return;
        }
        plan.place(text.substring(m.start(1), m.end(1)).strip());
        int year = Integer.parseInt(m.group(4));
        String month = m.group(3).strip();
        String day = m.group(2).strip();
        issueYear = Optional.of(year);
        if (day.isEmpty() || month.isEmpty()) {
            // a day (or month) left blank, as in a draft: no date, but the year (and month) written stand
            notes.add(line.number(), line.raw(), ImportCode.DATE_DAY_BLANK, List.of(String.valueOf(year), month));
            return;
        }
        try {
            LocalDate date = LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
            plan.date(date);
        } catch (DateTimeException e) {
            // an impossible date ("ngày 31 tháng 02"): no date, the year stands
        }
    }

    /**
     * The period the document states in its abstract; else the span of its tasks' dates and windows;
     * else the year of issue, each of the last two with a note; empty when nothing gives one.
     */
    private Optional<DateRange> period(String title, List<Section> built) {
        Optional<DateRange> stated = Abstracts.statedPeriod(Fold.fold(title));
        if (stated.isPresent()) {
            return stated;
        }
        int line = structure.title().stream().findFirst().or(structure::documentType).map(SourceLine::number).orElse(0);
        Optional<DateRange> span = Abstracts.taskSpan(built);
        if (span.isPresent()) {
            notes.add(line, title, ImportCode.PERIOD_FROM_TASKS);
            return span;
        }
        if (issueYear.isPresent()) {
            notes.add(line, title, ImportCode.PERIOD_DEFAULTED);
            return Optional.of(DateRange.ofYear(issueYear.get()));
        }
        return Optional.empty();
    }

    private Section section(SectionDraft draft, Optional<String> parentActor, List<FundingSource> sources) {
        return section(draft, parentActor, sources, Optional.empty());
    }

    private Section section(SectionDraft draft, Optional<String> parentActor, List<FundingSource> sources,
            Optional<Schedule> inherited) {
        Structure.Part part = draft.part();
        Section.Builder section = Section.builder(draft.id(), part.number(), part.heading()).kind(draft.kind());
        Optional<String> actorId = parentActor;
        boolean headingIsActor = false;
        if (draft.kind() == SectionKind.ORGANISATION && part.depth() > 0 && actors.isBody(part.heading())
                && !isSentence(part.heading())) {
            actorId = actors.resolve(part.heading(), Actors.WRITTEN, Optional.empty(), part.line());
            actorId.ifPresent(section::actor);
            headingIsActor = actorId.isPresent();
        }
        Optional<Schedule> time = partTime(part).or(() -> inherited);
        switch (draft.kind()) {
            case CONTENT:
            case ORGANISATION:
                Optional<AdministrativeLevel> level = actorId.flatMap(actors::get).flatMap(a -> a.level);
                TaskBuilder.Built built = tasks.tasks(draft.id(), part, headingIsActor ? "" : part.heading(), level,
                        time, draft.procedure());
                section.tasks(built.tasks().toArray(vn.campaign.model.Task[]::new));
                built.paragraphs().forEach(section::paragraphs);
                break;
            case FUNDING:
                for (Structure.BodyText item : part.body()) {
                    funding(item, sources).ifPresent(section::paragraphs);
                }
                break;
            default:
                part.body().forEach(item -> section.paragraphs(item.text()));
                break;
        }
        for (SectionDraft child : draft.children()) {
            section.subsections(section(child, actorId, sources, time));
        }
        return section.build();
    }

    /** Whether a heading is a whole sentence (a numbered paragraph), not the name of a body. */
    private static boolean isSentence(String heading) {
        return heading.split(" ").length > 14 || heading.endsWith(".") || heading.endsWith(";");
    }

    /**
     * The time a part's heading gives its tasks and those of its parts: "Đợt 1: Từ ngày 05/12/2025 đến
     * ngày 20/02/2026:", the text after the heading on its line, when it is a time.
     */
    private Optional<Schedule> partTime(Structure.Part part) {
        if (part.body().isEmpty() || part.body().get(0).line().number() != part.line().number()) {
            return Optional.empty();
        }
        Structure.BodyText inline = part.body().get(0);
        if (!Schedules.startsWithTime(Fold.fold(inline.text()))) {
            return Optional.empty();
        }
        Optional<Schedules.Reading> reading = Schedules.read(inline.text());
        reading.filter(r -> !r.exact()).ifPresent(r -> notes.add(inline.line(), ImportCode.SCHEDULE_INTERPRETED));
        return reading.map(Schedules.Reading::schedule);
    }

    /** Reads a funding line into a source, or returns it as a paragraph when it names no source. */
    private Optional<String> funding(Structure.BodyText item, List<FundingSource> sources) {
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
        for (SourceLine line : structure.recipients()) {
            String text = Fold.stripTrailing(line.text().strip(), ";.,").strip();
            String folded = Fold.fold(text);
            RecipientPurpose purpose = RecipientPurpose.INFORMATION;
            Matcher marker = MARKER.matcher(folded);
            if (folded.startsWith("luu")) {
                purpose = RecipientPurpose.FILE_COPY;
                String rest = COLON_LEAD.matcher(text.substring(3)).replaceFirst("").strip();
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
        if (structure.signature().isEmpty()) {
            return Optional.empty();
        }
        List<SourceLine> lines = new ArrayList<>(structure.signature());
        Optional<SigningAuthority> authority = Optional.empty();
        Optional<String> onBehalfOf = Optional.empty();
        Matcher m = StructureReader.AUTHORITY.matcher(lines.get(0).text());
        if (m.matches()) {
            authority = SigningAuthority.fromCode(m.group(1));
            onBehalfOf = Optional.of(m.group(2).strip()).filter(s -> !s.isEmpty());
            lines.remove(0);
        }
        if (lines.size() < 2) {
            structure.signature().forEach(line -> notes.add(line, ImportCode.SIGNATURE_INCOMPLETE));
            return Optional.empty();
        }
        for (SourceLine extra : lines.subList(2, lines.size())) {
            stray.add(extra);
        }
        return Optional.of(new Signature(authority, onBehalfOf, lines.get(0).text(), lines.get(1).text(),
                Extensions.empty()));
    }

    /**
     * The capitalised words at the start of a text ("Đắk Pne" of "Đắk Pne, huyện …"): each an upper-case
     * letter, then letters, apostrophes and hyphens, words one space apart; the whole text when it does not
     * start with an upper-case letter. A scan, not a pattern: a repeated group recursed once per word in
     * the JDK's engine and ran out of stack on a long line of capitals.
     */
    static String capitalisedWords(String text) {
        int i = 0;
        int n = text.length();
        if (n == 0 || Character.getType(text.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return text;
        }
        while (i < n && Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER) {
            i += Character.charCount(text.codePointAt(i));
            while (i < n && (Character.isLetter(text.codePointAt(i)) || "'’-".indexOf(text.charAt(i)) >= 0)) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i < n && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
                i++;
            }
        }
        return text.substring(0, i);
    }
}
