package vn.campaign.draft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Extensions;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingSource;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;

/**
 * One draft of next year's plan from this year's and the new parent. Not thread-safe; one per draft.
 * Not part of the API.
 */
final class NextYearDraft {

    private final Plan last;
    private final Plan newParent;
    private final ComplianceChecker checker;
    private final PlanDrafter drafter;
    private final Notes notes = new Notes();
    private final int years;
    private final boolean afterReform;
    private final Set<String> gone = new LinkedHashSet<>();
    private String oldReferenceId;
    private String newReferenceId;
    private Actor issuer;

    NextYearDraft(Plan last, Plan newParent, ComplianceChecker checker, PlanDrafter drafter) {
        this.last = last;
        this.newParent = newParent;
        this.checker = checker;
        this.drafter = drafter;
        this.years = newParent.period().start().getYear() - last.period().start().getYear();
        this.afterReform = !AdministrativeHierarchy.inForceOn(newParent.period().start()).has(AdministrativeLevel.DISTRICT);
    }

    Draft draft() {
        issuer = last.issuer().orElseThrow(() -> new IllegalArgumentException(
                "Kế hoạch năm trước không có cơ quan ban hành; the last plan has no issuer"));
        if (issuer.level().isEmpty() || issuer.unit().isEmpty()) {
            throw new IllegalArgumentException("Cơ quan ban hành “" + issuer.name() + "” không ghi cấp hoặc đơn vị; the "
                    + "last plan's issuer has no level or unit");
        }
        DraftUnit unit = new DraftUnit(issuer.unit().get(), issuer.level().get());
        LocalDate day = newParent.period().start();
        ParentDraft.checkLevels(newParent, unit.level(), day);
        Plan fresh = drafter.draft(newParent, unit).plan();
        oldReferenceId = last.parentPlan().map(DocumentReference::id).orElse(null);
        newReferenceId = Conventions.parentReferenceId(newParent);

        for (Actor actor : last.actors()) {
            if (afterReform && !actor.id().equals(issuer.id()) && AdministrativeHierarchy.isDistrictBody(actor)) {
                gone.add(actor.id());
                notes.at("/actors", DraftNoteCode.BODY_DROPPED, actor.fullName(),
                        ParentDraft.DAY.format(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM),
                        LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE);
            }
        }
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (Actor actor : last.actors()) {
            if (!gone.contains(actor.id())) {
                actors.put(actor.id(), actor.parentId().filter(gone::contains).isPresent() ? withoutParent(actor) : actor);
            }
        }
        DocumentReference cited = fresh.references().get(0);
        String parentIssuerId = cited.issuerId().orElse(null);
        if (parentIssuerId != null) {
            Actor parentIssuer = fresh.actor(parentIssuerId).orElseThrow();
            if (parentIssuerId.equals(issuer.id())) {
                parentIssuerId = parentIssuerId + "-parent";
                parentIssuer = rename(parentIssuer, parentIssuerId);
                cited = withIssuerId(cited, parentIssuerId);
            }
            actors.put(parentIssuerId, parentIssuer);
        }

        List<DocumentReference> references = new ArrayList<>();
        references.add(cited);
        for (DocumentReference reference : last.references()) {
            if (reference.id().equals(oldReferenceId)) {
                notes.at("/references/0", DraftNoteCode.PARENT_CITED, Conventions.citation(cited),
                        Conventions.citation(reference));
            } else if (!reference.id().equals(cited.id())) {
                references.add(reference.issuerId().filter(gone::contains).isPresent()
                        ? withIssuerId(reference, null) : reference);
            }
        }
        if (oldReferenceId == null) {
            notes.at("/references/0", DraftNoteCode.PARENT_CITED, Conventions.citation(cited), "—");
        }

        List<Section> sections = new ArrayList<>();
        for (Section section : last.sections()) {
            sections.add(carry(section));
        }
        List<NotApplicable> declarations = new ArrayList<>();
        for (NotApplicable declaration : last.notApplicable()) {
            if (!declaration.referenceId().equals(oldReferenceId)) {
                declarations.add(declaration);
            } else if (newParent.task(declaration.taskId()).isPresent()) {
                declarations.add(NotApplicable.of(newReferenceId, declaration.taskId(), declaration.reason()));
            } else {
                notes.at("/notApplicable", DraftNoteCode.DECLARATION_REMOVED, declaration.taskId());
            }
        }

        Plan.Builder builder = Plan.builder().type(last.type()).issuer(issuer.id()).title(years(last.title(), "/title"))
                .period(newParent.period()).references(references.toArray(DocumentReference[]::new))
                .replaceSections(sections).notApplicable(declarations)
                .actors(actors.values().toArray(Actor[]::new));
        last.campaign().ifPresent(builder::campaign);
        builder.integrations(last.integrations().toArray(vn.campaign.model.Integration[]::new));
        last.preamble().map(text -> years(text, "/preamble")).ifPresent(builder::preamble);
        last.closing().map(text -> years(text, "/closing")).ifPresent(builder::closing);
        Plan carried = builder.build();

        Plan followed = follow(carried, fresh, actors);
        Plan fitted = fit(followed);
        Plan.Builder result = fitted.toBuilder().funding(funding()).recipients(recipients(actors, cited)
                .toArray(Recipient[]::new));
        if (!last.period().equals(newParent.period())) {
            notes.at("/period", DraftNoteCode.PERIOD_SET, last.period().toString(), newParent.period().toString());
        }
        notes.at("/number", DraftNoteCode.NUMBER_DATE_BLANK);
        notes.at("/signature", DraftNoteCode.SIGNATURE_BLANK, last.signature().map(NextYearDraft::signed).orElse(""));
        if (afterReform && !AdministrativeHierarchy.inForceOn(last.period().start()).equals(
                AdministrativeHierarchy.inForceOn(day))) {
            notes.at("/actors", DraftNoteCode.UNIT_TO_CHECK, unit.name(),
                    ParentDraft.DAY.format(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM));
        }
        if (unit.level() == AdministrativeLevel.DISTRICT
                && !newParent.period().end().isBefore(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM)) {
            notes.at("/period", DraftNoteCode.LEVEL_ENDS_IN_PERIOD,
                    ParentDraft.DAY.format(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM),
                    LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE, newParent.period().toString());
        }
        Plan plan = withFundingSection(rebuildWithActors(result, fitted, actors));
        return new Draft(plan, notes.resolve(plan));
    }

    /**
     * The plan with a funding section before its organisation section when it has funding but no such
     * section: the renderer prints the sources under it, and a plan's usual sections are purpose,
     * contents, funding, organisation.
     */
    private Plan withFundingSection(Plan plan) {
        boolean has = plan.sections().stream().anyMatch(section -> section.kind() == SectionKind.FUNDING);
        if (has || plan.funding().sources().isEmpty() && plan.funding().budgetLines().isEmpty()) {
            return plan;
        }
        List<Section> sections = new ArrayList<>(plan.sections());
        int at = 0;
        while (at < sections.size() && sections.get(at).kind() != SectionKind.ORGANISATION) {
            at++;
        }
        String heading = "KINH PHÍ THỰC HIỆN";
        sections.add(at, Section.builder("III-funding", "III", heading).kind(SectionKind.FUNDING).build());
        notes.at("/sections/" + at, DraftNoteCode.SECTION_ADDED, "III. " + heading);
        return plan.toBuilder().replaceSections(sections).build();
    }

    private static String signed(Signature signature) {
        return " Năm trước: " + Conventions.signature(signature) + ".";
    }

    /** The plan without its number, date and signature (a fresh builder), with the actors as they now are. */
    private Plan rebuildWithActors(Plan.Builder partial, Plan fitted, Map<String, Actor> actors) {
        Plan built = partial.build();
        Plan.Builder clean = Plan.builder().type(built.type()).issuer(built.issuerId()).title(built.title())
                .period(built.period()).references(built.references().toArray(DocumentReference[]::new))
                .replaceSections(built.sections()).notApplicable(built.notApplicable()).funding(built.funding())
                .recipients(built.recipients().toArray(Recipient[]::new))
                .actors(actors.values().toArray(Actor[]::new));
        built.campaign().ifPresent(clean::campaign);
        clean.integrations(built.integrations().toArray(vn.campaign.model.Integration[]::new));
        built.preamble().ifPresent(clean::preamble);
        built.closing().ifPresent(clean::closing);
        return clean.build();
    }

    /** A section of last year's with its tasks carried over: schedules moved, years replaced, links kept where they hold. */
    private Section carry(Section section) {
        Section.Builder builder = Section.builder(section.id(), section.number(), years(section.heading(), null))
                .kind(section.kind())
                .paragraphs(section.paragraphs().stream().map(p -> years(p, null)).toArray(String[]::new));
        section.actorId().filter(id -> !gone.contains(id)).ifPresent(builder::actor);
        for (Task task : section.tasks()) {
            builder.tasks(carry(task));
        }
        for (Section sub : section.subsections()) {
            builder.subsections(carry(sub));
        }
        return builder.build();
    }

    private Task carry(Task task) {
        String label = ParentDraft.label(task);
        Optional<Schedule> schedule = task.schedule().map(s -> shift(s, years));
        if (!schedule.equals(task.schedule())) {
            notes.task(task.id(), DraftNoteCode.SCHEDULE_MOVED, label, task.schedule().get().toString(),
                    schedule.get().toString());
        }
        List<TaskLink> links = new ArrayList<>();
        boolean linked = false;
        for (TaskLink link : task.implementsTasks()) {
            if (!link.referenceId().equals(oldReferenceId)) {
                links.add(link);
            } else if (newParent.task(link.taskId()).isPresent()) {
                links.add(TaskLink.of(newReferenceId, link.taskId()));
                linked = true;
            } else {
                notes.task(task.id(), DraftNoteCode.LINK_REMOVED, label, link.taskId());
            }
        }
        if (!linked && task.implementsTasks().isEmpty()) {
            notes.task(task.id(), DraftNoteCode.TASK_KEPT, label);
        }
        List<Assignment> assignments = task.assignments().stream().filter(a -> !gone.contains(a.actorId())).toList();
        return rebuild(task, task.id(), schedule, assignments, links, text -> years(text, null), task.id());
    }

    /** A task with the given parts, the rest as it was. */
    private Task rebuild(Task task, String id, Optional<Schedule> schedule, List<Assignment> assignments,
            List<TaskLink> links, UnaryOperator<String> text, String noteId) {
        Task.Builder builder = Task.builder(id).kinds(task.kinds().toArray(TaskKind[]::new));
        task.description().map(text).ifPresent(builder::description);
        task.content().map(text).ifPresent(builder::content);
        task.form().map(text).ifPresent(builder::form);
        builder.channels(task.channels().toArray(vn.campaign.model.Channel[]::new))
                .contents(task.contents().toArray(vn.campaign.model.CampaignContent[]::new));
        schedule.ifPresent(builder::schedule);
        builder.assignments(assignments).guidance(task.guidanceIds().toArray(String[]::new)).implementsTasks(links)
                .optional(task.optional()).discretionary(task.discretionary()).extensions(task.extensions());
        return builder.build();
    }

    /**
     * Follows the new parent: each of its tasks addressed to the plan's level that a task of last year's
     * carries out by correspondence gets a link; the others are added from the fresh draft.
     */
    private Plan follow(Plan carried, Plan fresh, Map<String, Actor> actors) {
        List<TaskMatch> rows = checker.coverage(carried, newParent);
        Map<String, List<TaskLink>> newLinks = new LinkedHashMap<>();
        List<Task> addedContent = new ArrayList<>();
        List<Task> addedDuties = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        carried.allTasks().forEach(task -> ids.add(task.id()));
        // A task already carrying out a task of the new parent is not paired with another: its schedule
        // follows the first, and a second window would move it (a task ongoing all year is no
        // campaign of two quarters).
        Set<String> alreadyLinked = new LinkedHashSet<>();
        carried.allTasks().filter(task -> task.implementsTasks().stream()
                .anyMatch(link -> link.referenceId().equals(newReferenceId))).forEach(task -> alreadyLinked.add(task.id()));
        for (TaskMatch row : rows) {
            if (row.basis() == TaskMatch.Basis.LINKED || row.basis() == TaskMatch.Basis.NOT_APPLICABLE) {
                continue;
            }
            if (row.coverage() == TaskMatch.Coverage.COVERED && !alreadyLinked.contains(row.best().orElseThrow().childTaskId())) {
                String child = row.best().orElseThrow().childTaskId();
                alreadyLinked.add(child);
                newLinks.computeIfAbsent(child, c -> new ArrayList<>()).add(TaskLink.of(newReferenceId, row.parentTaskId()));
                notes.task(child, DraftNoteCode.TASK_LINKED, ParentDraft.label(carried.task(child).orElseThrow()),
                        row.parentLabel(), row.basis().name());
                continue;
            }
            Task template = fresh.task(row.parentTaskId()).orElse(null);
            if (template == null) {
                continue;
            }
            String id = ids.contains(template.id()) ? template.id() + "-" + newParent.period().start().getYear()
                    : template.id();
            ids.add(id);
            String freshIssuer = Conventions.issuer(new DraftUnit(issuer.unit().get(), issuer.level().get())).id();
            List<Assignment> assignments = new ArrayList<>();
            for (Assignment assignment : template.assignments()) {
                String actorId = assignment.actorId().equals(freshIssuer) ? issuer.id() : assignment.actorId();
                if (!actors.containsKey(actorId)) {
                    fresh.actor(actorId).ifPresent(actor -> actors.put(actorId, actor));
                }
                assignments.add(Assignment.of(actorId, assignment.role()));
            }
            Task added = rebuild(template, id, template.schedule(), assignments, template.implementsTasks(),
                    UnaryOperator.identity(), id);
            boolean duty = fresh.sections().size() > 3 && fresh.sections().get(3).allTasks()
                    .anyMatch(task -> task.id().equals(template.id()));
            (duty ? addedDuties : addedContent).add(added);
            notes.task(id, DraftNoteCode.TASK_ADDED, ParentDraft.label(template));
            if (row.coverage() != TaskMatch.Coverage.NOT_COVERED) {
                notes.task(id, DraftNoteCode.WEAK_PAIRING,
                        carried.task(row.best().orElseThrow().childTaskId()).map(ParentDraft::label).orElse("?"),
                        ParentDraft.label(template));
            }
        }
        List<Section> sections = new ArrayList<>();
        boolean contentDone = addedContent.isEmpty();
        boolean dutiesDone = addedDuties.isEmpty();
        for (Section section : carried.sections()) {
            Section linked = link(section, newLinks);
            if (!contentDone && section.kind() == SectionKind.CONTENT) {
                linked = appendSubsection(linked, addedContent);
                contentDone = true;
            } else if (!dutiesDone && section.kind() == SectionKind.ORGANISATION) {
                linked = appendDuties(linked, addedDuties);
                dutiesDone = true;
            }
            sections.add(linked);
        }
        if (!contentDone) {
            sections.add(Section.builder("II-new", "II", "NỘI DUNG").kind(SectionKind.CONTENT)
                    .tasks(addedContent.toArray(Task[]::new)).build());
        }
        if (!dutiesDone) {
            sections.add(Section.builder("IV-new", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                    .subsections(Section.builder("IV-new.1", "1", issuer.fullName()).kind(SectionKind.ORGANISATION)
                            .actor(issuer.id()).tasks(addedDuties.toArray(Task[]::new)).build()).build());
        }
        return carried.toBuilder().replaceSections(sections).build();
    }

    /** The tasks of a new parent added to a content section, as one new numbered part. */
    private Section appendSubsection(Section section, List<Task> added) {
        String number = String.valueOf(section.subsections().size() + 1);
        Section part = Section.builder(section.id() + "." + number + "-new", number,
                "Các nhiệm vụ mới theo Kế hoạch cấp trên").kind(SectionKind.CONTENT)
                .tasks(added.toArray(Task[]::new)).build();
        return section.subsections().isEmpty() ? section.toBuilder().tasks(added.toArray(Task[]::new)).build()
                : section.toBuilder().subsections(part).build();
    }

    /** The duties of a new parent added to the part of the organisation section about the plan's issuer. */
    private Section appendDuties(Section section, List<Task> added) {
        List<Section> subsections = new ArrayList<>();
        boolean done = false;
        for (Section sub : section.subsections()) {
            if (!done && sub.actorId().filter(issuer.id()::equals).isPresent()) {
                subsections.add(sub.toBuilder().tasks(added.toArray(Task[]::new)).build());
                done = true;
            } else {
                subsections.add(sub);
            }
        }
        if (!done) {
            subsections.add(0, Section.builder(section.id() + ".own-new", "1", issuer.fullName())
                    .kind(SectionKind.ORGANISATION).actor(issuer.id()).tasks(added.toArray(Task[]::new)).build());
        }
        Section.Builder builder = Section.builder(section.id(), section.number(), section.heading()).kind(section.kind())
                .paragraphs(section.paragraphs().toArray(String[]::new)).tasks(section.tasks().toArray(Task[]::new))
                .subsections(subsections.toArray(Section[]::new)).extensions(section.extensions());
        section.actorId().ifPresent(builder::actor);
        return builder.build();
    }

    private Section link(Section section, Map<String, List<TaskLink>> newLinks) {
        Section.Builder builder = Section.builder(section.id(), section.number(), section.heading()).kind(section.kind())
                .paragraphs(section.paragraphs().toArray(String[]::new)).extensions(section.extensions());
        section.actorId().ifPresent(builder::actor);
        for (Task task : section.tasks()) {
            List<TaskLink> more = newLinks.getOrDefault(task.id(), List.of());
            builder.tasks(more.isEmpty() ? task : task.toBuilder().implementsTasks(more).build());
        }
        for (Section sub : section.subsections()) {
            builder.subsections(link(sub, newLinks));
        }
        return builder.build();
    }

    /** Every task linked to a task of the new parent gets a schedule inside that task's window. */
    private Plan fit(Plan plan) {
        List<Section> sections = new ArrayList<>();
        for (Section section : plan.sections()) {
            sections.add(fit(section, plan.period()));
        }
        return plan.toBuilder().replaceSections(sections).build();
    }

    private Section fit(Section section, DateRange period) {
        Section.Builder builder = Section.builder(section.id(), section.number(), section.heading()).kind(section.kind())
                .paragraphs(section.paragraphs().toArray(String[]::new)).extensions(section.extensions());
        section.actorId().ifPresent(builder::actor);
        for (Task task : section.tasks()) {
            builder.tasks(fit(task, period));
        }
        for (Section sub : section.subsections()) {
            builder.subsections(fit(sub, period));
        }
        return builder.build();
    }

    private Task fit(Task task, DateRange period) {
        Optional<Schedule> schedule = task.schedule();
        for (TaskLink link : task.implementsTasks()) {
            if (!link.referenceId().equals(newReferenceId)) {
                continue;
            }
            Optional<Task> parentTask = newParent.task(link.taskId());
            if (parentTask.isEmpty()) {
                continue;
            }
            Optional<DateRange> allowed = window(parentTask.get().schedule(), newParent.period());
            Optional<DateRange> own = window(schedule, period);
            boolean inside = own.isPresent() && allowed.isPresent() && allowed.get().contains(own.get());
            if (!inside && parentTask.get().schedule().isPresent()) {
                notes.task(task.id(), DraftNoteCode.SCHEDULE_FITTED, ParentDraft.label(task),
                        schedule.map(Object::toString).orElse("—"), parentTask.get().schedule().get().toString());
                schedule = parentTask.get().schedule();
            }
        }
        return schedule.equals(task.schedule()) ? task
                : rebuild(task, task.id(), schedule, task.assignments(), task.implementsTasks(),
                        UnaryOperator.identity(), task.id());
    }

    private static Optional<DateRange> window(Optional<Schedule> schedule, DateRange period) {
        if (schedule.isEmpty()) {
            return Optional.of(period);
        }
        List<DateRange> ranges = schedule.get().resolve(period);
        return ranges.isEmpty() ? Optional.empty()
                : Optional.of(DateRange.of(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
    }

    /** Last year's funding with its years moved; each budget line is a choice for the new year. */
    private Funding funding() {
        List<FundingSource> sources = new ArrayList<>();
        for (FundingSource source : last.funding().sources()) {
            FundingSource copy = FundingSource.of(source.id(), source.kind(), years(source.description(), null));
            sources.add(source.basisId().map(copy::withBasis).orElse(copy));
        }
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < last.funding().budgetLines().size(); i++) {
            BudgetLine line = last.funding().budgetLines().get(i);
            BudgetLine moved = line.description().map(d -> line.withDescription(years(d, null))).orElse(line);
            lines.add(moved);
            notes.at("/funding/budgetLines/" + i, DraftNoteCode.BUDGET_CARRIED, line.id(), line.amount().toString());
        }
        return sources.isEmpty() && lines.isEmpty() ? Funding.NONE : Funding.of(sources, lines);
    }

    /** Last year's recipients without the bodies that are gone, and the new parent's issuer for report. */
    private List<Recipient> recipients(Map<String, Actor> actors, DocumentReference cited) {
        List<Recipient> recipients = new ArrayList<>();
        String parentIssuer = cited.issuerId().orElse(null);
        boolean reported = false;
        for (Recipient recipient : last.recipients()) {
            List<String> kept = recipient.actorIds().stream().filter(actors::containsKey).toList();
            if (!recipient.actorIds().isEmpty() && kept.isEmpty()) {
                notes.at("/recipients", DraftNoteCode.RECIPIENT_DROPPED, recipient.name());
                continue;
            }
            reported |= recipient.purpose() == RecipientPurpose.REPORT && kept.contains(parentIssuer);
            recipients.add(kept.size() == recipient.actorIds().size() ? recipient
                    : Recipient.of(recipient.name(), recipient.purpose(), kept.toArray(String[]::new)));
        }
        if (!reported && parentIssuer != null) {
            String name = actors.get(parentIssuer).fullName();
            recipients.add(0, Recipient.of(name, RecipientPurpose.REPORT, parentIssuer));
            notes.at("/recipients/0", DraftNoteCode.RECIPIENT_ADDED, name, RecipientPurpose.REPORT.label(
                    vn.campaign.model.Language.VI));
        }
        return recipients;
    }

    /** The text with "năm 2024" (each year of last year's period) moved to the new period, noted where given. */
    private String years(String text, String pointer) {
        String result = text;
        for (int year = last.period().end().getYear(); year >= last.period().start().getYear(); year--) {
            result = result.replaceAll("(?<![\\p{L}])(năm|Năm|NĂM) " + year + "(?![0-9])", "$1 " + (year + years));
        }
        if (!result.equals(text) && pointer != null) {
            int year = last.period().start().getYear();
            notes.at(pointer, DraftNoteCode.YEAR_REPLACED, "năm " + year, "năm " + (year + years));
        }
        return result;
    }

    /** A schedule moved by whole years; the ongoing, whole-period and annual ones stay. */
    static Schedule shift(Schedule schedule, int years) {
        if (years == 0) {
            return schedule;
        }
        if (schedule instanceof Schedule.InYear inYear) {
            return new Schedule.InYear(inYear.year() + years);
        }
        if (schedule instanceof Schedule.Quarters quarters) {
            return new Schedule.Quarters(quarters.year() + years, quarters.quarters());
        }
        if (schedule instanceof Schedule.Months months) {
            return new Schedule.Months(months.year() + years, months.months());
        }
        if (schedule instanceof Schedule.Between between) {
            return new Schedule.Between(between.from().plusYears(years), between.to().plusYears(years));
        }
        if (schedule instanceof Schedule.Before before) {
            return new Schedule.Before(before.date().plusYears(years));
        }
        return schedule;
    }

    private static Actor withoutParent(Actor actor) {
        return new Actor(actor.id(), actor.kind(), actor.level(), actor.name(), actor.unit(), Optional.empty(),
                actor.symbolCode(), actor.plural(), actor.extensions());
    }

    private static Actor rename(Actor actor, String id) {
        return new Actor(id, actor.kind(), actor.level(), actor.name(), actor.unit(), Optional.empty(),
                actor.symbolCode(), actor.plural(), Extensions.empty());
    }

    private static DocumentReference withIssuerId(DocumentReference reference, String issuerId) {
        return new DocumentReference(reference.id(), reference.relation(), reference.type(), reference.number(),
                reference.date(), reference.issuer(), Optional.ofNullable(issuerId), reference.subject(),
                reference.extensions());
    }
}
