package vn.campaign.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.Campaign;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.text.Graphemes;

/**
 * One draft of a child plan from its parent: the tasks the parent addresses to the child's level, and
 * those it must pass down, localised, linked and placed in the usual sections. Not thread-safe; one per
 * draft. Not part of the API.
 */
final class ParentDraft {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Plan parent;
    private final DraftUnit unit;
    private final ComplianceChecker checker;
    private final LocalDate day;
    private final boolean afterReform;
    private final Actor issuer;
    private final String referenceId;
    private final Notes notes = new Notes();
    /** The draft's actors by id, in the order they are first used. */
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    /** The parent's actor ids and their ids in the draft. */
    private final Map<String, String> actorIds = new LinkedHashMap<>();
    /** The parent's Front bodies of the child's level, localised to the child's issuer. */
    private final Set<String> localised = new LinkedHashSet<>();
    private final List<DocumentReference> references = new ArrayList<>();
    /** The recipients drafted so far, for the pointers of their notes. */
    private int countRecipients;

    ParentDraft(Plan parent, DraftUnit unit, ComplianceChecker checker) {
        this.parent = parent;
        this.unit = unit;
        this.checker = checker;
        this.day = parent.period().start();
        this.afterReform = !AdministrativeHierarchy.inForceOn(day).has(AdministrativeLevel.DISTRICT);
        checkLevels(parent, unit.level(), day);
        this.issuer = Conventions.issuer(unit);
        this.referenceId = Conventions.parentReferenceId(parent);
    }

    /**
     * Refuses a level that does not exist on the day, or that is not directly below the parent's.
     *
     * @throws IllegalArgumentException with the reason, in Vietnamese and English
     */
    static void checkLevels(Plan parent, AdministrativeLevel level, LocalDate day) {
        AdministrativeHierarchy hierarchy = AdministrativeHierarchy.inForceOn(day);
        if (!hierarchy.has(level)) {
            throw new IllegalArgumentException("Không có cấp " + level.label(vn.campaign.model.Language.VI).toLowerCase(
                    java.util.Locale.ROOT) + " vào ngày " + DAY.format(day) + " (" + hierarchy.source() + "); no level "
                    + level + " on " + day);
        }
        Optional<AdministrativeLevel> above = hierarchy.levelAbove(level);
        if (parent.level().isEmpty() || !above.equals(parent.level())) {
            throw new IllegalArgumentException("Kế hoạch cấp trên của cấp " + level + " vào ngày " + DAY.format(day)
                    + " là của cấp " + above.map(Enum::name).orElse("—") + ", không phải "
                    + parent.level().map(Enum::name).orElse("(không rõ cấp)") + "; the parent of a " + level
                    + " plan on " + day + " is of level " + above.map(Enum::name).orElse("—") + ", not "
                    + parent.level().map(Enum::name).orElse("(unknown)"));
        }
    }

    Draft draft() {
        actors.put(issuer.id(), issuer);
        Conventions.frontCommittee(unit).ifPresent(committee -> actors.put(committee.id(), committee));
        DocumentReference cited = Conventions.parentReference(parent, referenceId);
        parent.issuer().ifPresent(this::importActor);
        references.add(cited.issuerId().isPresent()
                ? withIssuerId(cited, actorIds.get(cited.issuerId().get())) : cited);
        for (DocumentReference reference : parent.references()) {
            if (reference.relation() != ReferenceRelation.IMPLEMENTS
                    && references.stream().noneMatch(r -> r.id().equals(reference.id()))) {
                references.add(withIssuerId(reference, reference.issuerId().flatMap(parent::actor)
                        .map(this::importActor).orElse(null)));
            }
        }
        List<String> addressed = checker.tasksAddressedTo(parent, unit.level());
        Set<String> passedDown = new LinkedHashSet<>();
        List<AdministrativeLevel> levels = AdministrativeHierarchy.inForceOn(day).levels();
        for (AdministrativeLevel below : levels.subList(levels.indexOf(unit.level()) + 1, levels.size())) {
            passedDown.addAll(checker.tasksAddressedTo(parent, below));
        }
        passedDown.removeAll(addressed);
        Set<String> wanted = new HashSet<>(addressed);
        wanted.addAll(passedDown);

        List<Task> contentTasks = new ArrayList<>();
        List<Section> contentSections = new ArrayList<>();
        List<Task> ownDuties = new ArrayList<>();
        Map<String, List<Task>> lowerDuties = new LinkedHashMap<>();
        String contentHeading = null;
        for (Section section : parent.sections()) {
            if (section.kind() == SectionKind.ORGANISATION) {
                collectDuties(section, Optional.empty(), wanted, passedDown, ownDuties, lowerDuties);
            } else if (section.allTasks().anyMatch(task -> wanted.contains(task.id()))) {
                if (contentHeading == null) {
                    contentHeading = section.kind() == SectionKind.CONTENT ? section.heading() : "NỘI DUNG";
                }
                for (Task task : section.tasks()) {
                    if (wanted.contains(task.id())) {
                        contentTasks.add(localise(task, passedDown.contains(task.id()), true));
                    }
                }
                for (Section sub : section.subsections()) {
                    prune(sub, wanted, passedDown).ifPresent(contentSections::add);
                }
            }
        }
        Plan plan = assemble(contentHeading, contentTasks, contentSections, ownDuties, lowerDuties);
        return new Draft(plan, notes.resolve(plan));
    }

    /** The tasks of an organisation section: the child's own duties, and those it passes down, by body. */
    private void collectDuties(Section section, Optional<String> outerActor, Set<String> wanted, Set<String> passedDown,
            List<Task> own, Map<String, List<Task>> lower) {
        Optional<String> actor = section.actorId().or(() -> outerActor);
        for (Task task : section.tasks()) {
            if (!wanted.contains(task.id())) {
                continue;
            }
            if (passedDown.contains(task.id())) {
                String body = actor.flatMap(parent::actor).map(this::importActor)
                        .or(() -> lowerActorOf(task)).orElse(issuer.id());
                lower.computeIfAbsent(body, b -> new ArrayList<>()).add(localise(task, true, false));
            } else {
                own.add(localise(task, false, false));
            }
        }
        for (Section sub : section.subsections()) {
            collectDuties(sub, actor, wanted, passedDown, own, lower);
        }
    }

    private Optional<String> lowerActorOf(Task task) {
        return task.assignments().stream().filter(a -> a.role() != Role.COORDINATE).map(Assignment::actorId)
                .flatMap(id -> parent.actor(id).stream()).filter(a -> a.level().filter(l -> unit.level().isAbove(l))
                        .isPresent()).findFirst().map(this::importActor);
    }

    /** A content section with only the wanted tasks, or empty when it holds none. */
    private Optional<Section> prune(Section section, Set<String> wanted, Set<String> passedDown) {
        List<Task> tasks = new ArrayList<>();
        for (Task task : section.tasks()) {
            if (wanted.contains(task.id())) {
                tasks.add(localise(task, passedDown.contains(task.id()), true));
            }
        }
        List<Section> subsections = new ArrayList<>();
        for (Section sub : section.subsections()) {
            prune(sub, wanted, passedDown).ifPresent(subsections::add);
        }
        if (tasks.isEmpty() && subsections.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Section.builder(section.id(), section.number(), localiseText(section.heading()))
                .kind(SectionKind.CONTENT).tasks(tasks.toArray(Task[]::new))
                .subsections(subsections.toArray(Section[]::new)).build());
    }

    /**
     * Whether a parent's body is the child's own Front body: a Front body of the child's level ("Ban
     * Thường trực Ủy ban MTTQ Việt Nam các xã, thị trấn" for a commune). "Các cấp" is not: it stays, and
     * still reaches every level below the child, whose drafts take the task from it.
     */
    private boolean isOwnFrontBody(Actor actor) {
        boolean front = actor.kind() == ActorKind.STANDING_COMMITTEE || actor.kind() == ActorKind.FRONT_COMMITTEE
                || actor.kind() == ActorKind.RESIDENTIAL_AREA_TEAM;
        return front && actor.level().equals(Optional.of(unit.level()));
    }

    /** Whether a parent's body stands for every level ("các cấp"): plural, without a level. */
    private static boolean isEveryLevel(Actor actor) {
        return actor.level().isEmpty() && actor.plural();
    }

    /** The parent's task in the child: localised bodies, a link to the parent's task, the same schedule. */
    private Task localise(Task task, boolean passDown, boolean content) {
        Task.Builder builder = Task.builder(task.id()).kinds(task.kinds().toArray(TaskKind[]::new));
        task.description().map(this::localiseText).ifPresent(builder::description);
        task.content().map(this::localiseText).ifPresent(builder::content);
        task.form().map(this::localiseText).ifPresent(builder::form);
        builder.channels(task.channels().toArray(vn.campaign.model.Channel[]::new));
        builder.contents(task.contents().toArray(vn.campaign.model.CampaignContent[]::new));
        // A task the parent gives no time has the parent's whole period; the draft says so, because a
        // document without a time line reads as the year of the title when imported again.
        builder.schedule(task.schedule().orElseGet(this::wholePeriod));
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : task.assignments()) {
            Optional<Actor> actor = parent.actor(assignment.actorId());
            if (actor.isEmpty()) {
                continue;
            }
            String id;
            if (isOwnFrontBody(actor.get())) {
                id = issuer.id();
                if (localised.add(actor.get().id())) {
                    notes.at("/issuerId", DraftNoteCode.BODY_LOCALISED, actor.get().name(), issuer.fullName());
                }
            } else {
                id = importActor(actor.get());
                if (id == null) {
                    continue;
                }
            }
            Assignment mapped = Assignment.of(id, assignment.role());
            if (!assignments.contains(mapped)) {
                assignments.add(mapped);
            }
        }
        boolean own = assignments.stream().anyMatch(a -> a.actorId().equals(issuer.id())
                || parent.actor(a.actorId()).or(() -> Optional.ofNullable(actors.get(a.actorId())))
                        .filter(ParentDraft::isEveryLevel).isPresent());
        if (passDown && !own) {
            assignments.add(Assignment.of(issuer.id(), Role.GUIDE));
        } else if (content && !own) {
            assignments.add(Assignment.of(issuer.id(), Role.LEAD));
        }
        builder.assignments(assignments);
        task.guidanceIds().stream().filter(id -> references.stream().anyMatch(r -> r.id().equals(id)))
                .forEach(builder::guidance);
        builder.implementsTask(referenceId, task.id()).optional(task.optional()).discretionary(task.discretionary());
        String label = label(task);
        if (passDown) {
            notes.task(task.id(), DraftNoteCode.TASK_PASSED_DOWN, label, lowerName(task));
        } else {
            notes.task(task.id(), DraftNoteCode.TASK_FROM_PARENT, label, task.id());
        }
        if (task.optional()) {
            notes.task(task.id(), DraftNoteCode.OPTIONAL_TASK, label);
        }
        return builder.build();
    }

    private vn.campaign.model.Schedule wholePeriod() {
        int year = parent.period().start().getYear();
        return parent.period().equals(vn.campaign.model.DateRange.ofYear(year)) ? new vn.campaign.model.Schedule.InYear(year)
                : new vn.campaign.model.Schedule.WholePeriod();
    }

    private String lowerName(Task task) {
        return task.assignments().stream().map(Assignment::actorId).flatMap(id -> parent.actor(id).stream())
                .filter(a -> a.level().filter(l -> unit.level().isAbove(l)).isPresent()).map(Actor::name)
                .findFirst().orElse("cấp dưới");
    }

    /** The first words of a task, for the notes. */
    static String label(Task task) {
        return label(task.description().or(task::content).or(task::form).orElse(task.id()));
    }

    /** The first words of a text, at most 60 characters, cut between words and never inside a character. */
    static String label(String text) {
        return text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 59) > 0
                ? text.lastIndexOf(' ', 59) : Graphemes.boundary(text, 59)) + "…";
    }

    /** The parent's text with the names of its Front bodies of the child's level replaced by the child's issuer. */
    private String localiseText(String text) {
        String result = text;
        for (Actor actor : parent.actors()) {
            if (isOwnFrontBody(actor)) {
                result = result.replace(actor.fullName(), issuer.fullName()).replace(actor.name(), issuer.fullName());
            }
        }
        return result;
    }

    /**
     * Copies a parent's body into the draft and returns its id there; null for a body that no longer
     * exists on the draft's day (a district body after the 2025 reform), which is left out and noted.
     */
    private String importActor(Actor actor) {
        if (actorIds.containsKey(actor.id())) {
            return actorIds.get(actor.id());
        }
        if (afterReform && AdministrativeHierarchy.isDistrictBody(actor)) {
            notes.at("/actors", DraftNoteCode.BODY_DROPPED, actor.fullName(),
                    DAY.format(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM), LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE);
            actorIds.put(actor.id(), null);
            return null;
        }
        String id = actors.containsKey(actor.id()) ? actor.id() + "-parent" : actor.id();
        actors.put(id, new Actor(id, actor.kind(), actor.level(), actor.name(), actor.unit(), Optional.empty(),
                actor.symbolCode(), actor.plural(), Extensions.empty()));
        actorIds.put(actor.id(), id);
        return id;
    }

    private static DocumentReference withIssuerId(DocumentReference reference, String issuerId) {
        return new DocumentReference(reference.id(), reference.relation(), reference.type(), reference.number(),
                reference.date(), reference.issuer(), Optional.ofNullable(issuerId), reference.subject(),
                Extensions.empty());
    }

    private Plan assemble(String contentHeading, List<Task> contentTasks, List<Section> contentSections,
            List<Task> ownDuties, Map<String, List<Task>> lowerDuties) {
        DocumentReference cited = references.get(0);
        String citation = Conventions.citation(cited);
        String campaignWords = parent.campaign().map(c -> "Cuộc vận động “" + c.name() + "”").orElse(null);
        String title = "triển khai thực hiện " + (campaignWords != null ? campaignWords : citation) + " trên địa bàn "
                + unit.name() + " " + Conventions.periodWords(parent.period());
        String preamble = issuer.fullName() + " xây dựng Kế hoạch " + title + ", như sau:";
        Section objectives = Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES).subsections(
                Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                        .paragraphs("Triển khai thực hiện " + citation + " trên địa bàn " + unit.name()
                                + "; cụ thể hóa các nhiệm vụ cấp trên giao phù hợp với tình hình thực tế của địa phương.")
                        .build(),
                Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT)
                        .paragraphs("Bám sát nội dung, thời gian thực hiện của Kế hoạch cấp trên; phân công rõ trách "
                                + "nhiệm, bảo đảm thiết thực, hiệu quả.")
                        .build()).build();
        notes.at("/sections/0", DraftNoteCode.TEXT_DRAFTED, "I. MỤC ĐÍCH - YÊU CẦU");
        // Each task the parent lists straight under its content section gets a part of its own, headed
        // by its kind, as the Kon Rẫy plan lays them out: a time line applies to every task of its part.
        List<Section> parts = new ArrayList<>();
        for (Task task : contentTasks) {
            parts.add(Section.builder(task.id() + "-part", "0", task.mainKind().label(vn.campaign.model.Language.VI))
                    .kind(SectionKind.CONTENT).tasks(task).build());
        }
        parts.addAll(contentSections);
        Section content = renumber(Section.builder("II", "II", contentHeading == null ? "NỘI DUNG" : contentHeading)
                .kind(SectionKind.CONTENT).subsections(parts.toArray(Section[]::new)).build(), "II", "II");
        Funding funding = funding();
        Section fundingSection = Section.builder("III", "III", "KINH PHÍ THỰC HIỆN").kind(SectionKind.FUNDING).build();
        List<Section> duties = new ArrayList<>();
        Section.Builder own = Section.builder("IV.1", "1", issuer.fullName()).kind(SectionKind.ORGANISATION)
                .actor(issuer.id()).tasks(ownDuties.toArray(Task[]::new));
        if (ownDuties.isEmpty()) {
            own.paragraphs("Chủ trì, hướng dẫn, đôn đốc việc thực hiện Kế hoạch này; tổng hợp kết quả, báo cáo cấp trên.");
            notes.at("/sections/3/subsections/0", DraftNoteCode.TEXT_DRAFTED, issuer.fullName());
        }
        duties.add(own.build());
        for (Map.Entry<String, List<Task>> entry : lowerDuties.entrySet()) {
            Actor body = actors.get(entry.getKey());
            String number = String.valueOf(duties.size() + 1);
            duties.add(Section.builder("IV." + number, number, body.fullName()).kind(SectionKind.ORGANISATION)
                    .actor(body.id()).tasks(entry.getValue().toArray(Task[]::new)).build());
        }
        Section organisation = Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                .subsections(duties.toArray(Section[]::new)).build();
        List<Recipient> recipients = recipients();
        String closing = "Trên đây là Kế hoạch " + title + " của " + issuer.fullName() + "./.";
        notes.at("/preamble", DraftNoteCode.TEXT_DRAFTED, preamble);
        notes.at("/closing", DraftNoteCode.TEXT_DRAFTED, closing);
        notes.at("/number", DraftNoteCode.NUMBER_DATE_BLANK);
        notes.at("/signature", DraftNoteCode.SIGNATURE_BLANK, "");
        if (unit.level() == AdministrativeLevel.DISTRICT
                && !parent.period().end().isBefore(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM)) {
            notes.at("/period", DraftNoteCode.LEVEL_ENDS_IN_PERIOD, DAY.format(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM),
                    LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE, parent.period().toString());
        }
        Plan.Builder plan = Plan.builder().type(parent.type()).issuer(issuer.id()).title(title).period(parent.period())
                .references(references.toArray(DocumentReference[]::new)).preamble(preamble)
                .sections(objectives, content, fundingSection, organisation).funding(funding)
                .recipients(recipients.toArray(Recipient[]::new)).closing(closing)
                .actors(actors.values().toArray(Actor[]::new));
        parent.campaign().ifPresent(plan::campaign);
        plan.integrations(parent.integrations().toArray(vn.campaign.model.Integration[]::new));
        return plan.build();
    }

    /** The parent's funding sources, or for a plan of the campaign those of Circular 121/2017/TT-BTC. */
    private Funding funding() {
        List<FundingSource> sources = new ArrayList<>();
        for (FundingSource source : parent.funding().sources()) {
            FundingSource copy = FundingSource.of(source.id(), source.kind(), source.description());
            if (source.basisId().filter(id -> references.stream().anyMatch(r -> r.id().equals(id))).isPresent()) {
                copy = copy.withBasis(source.basisId().get());
            }
            sources.add(copy);
        }
        if (sources.isEmpty() && parent.carriesOut(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)) {
            String basis = references.stream().filter(r -> r.number().filter(LegalFacts.CIRCULAR_121_2017::sameDocument)
                    .isPresent()).map(DocumentReference::id).findFirst().orElse(null);
            if (basis == null) {
                DocumentReference circular = Conventions.fundingCircular();
                references.add(circular);
                basis = circular.id();
            }
            sources.add(FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET,
                    "Thực hiện theo Thông tư số 121/2017/TT-BTC ngày 15/11/2017 của Bộ Tài chính.").withBasis(basis));
            sources.add(FundingSource.of("socialised", FundingSourceKind.SOCIALISED,
                    "Nguồn vận động doanh nghiệp, tổ chức, cá nhân và đóng góp tự nguyện của Nhân dân; cấp nào vận "
                            + "động cấp đó quản lý."));
        }
        notes.at("/funding", DraftNoteCode.FUNDING_SOURCES, sources.isEmpty() ? "—"
                : String.join("; ", sources.stream().map(s -> s.kind().label(vn.campaign.model.Language.VI)).toList()));
        return sources.isEmpty() ? Funding.NONE : Funding.of(sources, List.of());
    }

    /** The recipients by convention: docs/drafting.md says which rest on what. */
    private List<Recipient> recipients() {
        List<Recipient> recipients = new ArrayList<>();
        parent.issuer().map(actor -> actorIds.get(actor.id())).filter(id -> id != null).ifPresent(id -> recipients.add(
                recipient(actors.get(id).fullName(), RecipientPurpose.REPORT, "quy ước văn bản, đã kiểm chứng", id)));
        Conventions.partyCommittee(unit).ifPresent(actor -> recipients.add(
                recipient(actor.fullName(), RecipientPurpose.REPORT, "suy ra từ Kế hoạch Kon Rẫy", add(actor))));
        List<Actor> government = Conventions.localGovernment(unit);
        if (!government.isEmpty()) {
            government.forEach(this::add);
            recipients.add(recipient("Thường trực Hội đồng nhân dân, Ủy ban nhân dân " + unit.name(),
                    RecipientPurpose.INFORMATION, "suy ra từ Kế hoạch Kon Rẫy",
                    Conventions.ids(government).toArray(String[]::new)));
        }
        Conventions.memberOrganisations(unit).ifPresent(actor -> recipients.add(
                recipient(actor.name(), RecipientPurpose.COORDINATION, "suy ra từ Kế hoạch Kon Rẫy", add(actor))));
        Conventions.levelBelow(unit, day).ifPresent(actor -> {
            String id = actors.values().stream().filter(a -> a.kind() == actor.kind() && a.plural()
                    && a.level().equals(actor.level())).map(Actor::id).findFirst().orElseGet(() -> add(actor));
            recipients.add(recipient(actors.get(id).name(), RecipientPurpose.IMPLEMENTATION,
                    "suy ra từ Kế hoạch Kon Rẫy", id));
        });
        recipients.add(Recipient.of("VT", RecipientPurpose.FILE_COPY));
        return recipients;
    }

    private Recipient recipient(String name, RecipientPurpose purpose, String basis, String... ids) {
        notes.at("/recipients/" + countRecipients, DraftNoteCode.RECIPIENT_BY_CONVENTION, name,
                purpose.label(vn.campaign.model.Language.VI), basis);
        countRecipients++;
        return Recipient.of(name, purpose, ids);
    }

    private String add(Actor actor) {
        actors.putIfAbsent(actor.id(), actor);
        return actor.id();
    }

    /** The section with ids and numbers in order: "II.1", "1"; "II.1.2", "1.2". */
    static Section renumber(Section section, String id, String number) {
        List<Section> subsections = new ArrayList<>();
        String prefix = number.matches("[IVXLC]+") ? "" : number + ".";
        for (int i = 0; i < section.subsections().size(); i++) {
            String n = prefix + (i + 1);
            subsections.add(renumber(section.subsections().get(i), id + "." + (i + 1), n));
        }
        Section.Builder builder = Section.builder(id, number, section.heading()).kind(section.kind())
                .paragraphs(section.paragraphs().toArray(String[]::new)).tasks(section.tasks().toArray(Task[]::new))
                .subsections(subsections.toArray(Section[]::new));
        section.actorId().ifPresent(builder::actor);
        return builder.build();
    }
}
