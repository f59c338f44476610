package vn.campaign.internal.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import vn.campaign.finding.PlanPointer;
import vn.campaign.internal.plan.Part;
import vn.campaign.internal.plan.PlanIndex;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.CampaignContent;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;
import vn.campaign.model.VietnameseText;
import vn.campaign.validation.ValidationCode;

/**
 * The plan rules: checks across the parts of a plan that no constraint on one part can make. Each
 * rule is one method over the {@link PlanIndex}; {@code docs/findings.md} documents every code and
 * its source. Stateless and thread-safe. Not part of the API.
 */
public final class PlanRules {

    /** The rules, in the order they run; the report sorts the findings anyway. */
    private static final List<BiConsumer<PlanIndex, Findings>> RULES = List.of(
            PlanRules::duplicateIds,
            PlanRules::documentParts,
            PlanRules::documentNumbers,
            PlanRules::dates,
            PlanRules::referencesResolve,
            PlanRules::actorCycles,
            PlanRules::schedules,
            PlanRules::propaganda,
            PlanRules::recipients,
            PlanRules::signingAuthority,
            PlanRules::sectionNumbers,
            PlanRules::duplicateRecipients);

    /**
     * The kinds of issuer that work as a collective and sign under TM. (or KT., Q., TL., TUQ.):
     * the bodies of the Front. Decree 30/2020/NĐ-CP as the Front uses it; domain notes §5.
     */
    static final Set<ActorKind> COLLECTIVE_ISSUERS = EnumSet.of(ActorKind.FRONT_COMMITTEE,
            ActorKind.STANDING_COMMITTEE, ActorKind.PRESIDIUM, ActorKind.CAMPAIGN_BOARD,
            ActorKind.RESIDENTIAL_AREA_TEAM);

    /** References the plan rests on, which cannot postdate it. */
    static final Set<ReferenceRelation> BASES = EnumSet.of(ReferenceRelation.IMPLEMENTS,
            ReferenceRelation.LEGAL_BASIS, ReferenceRelation.GUIDANCE, ReferenceRelation.FUNDING_BASIS);

    /** A deputy's position: "PHÓ CHỦ TỊCH", "PHÓ TRƯỞNG BAN". */
    private static final Pattern DEPUTY = Pattern.compile("PHÓ(?:\\s.*)?");

    /** A head's position written after TM., where a collective belongs: "TM. CHỦ TỊCH". */
    private static final Pattern HEAD = Pattern.compile("(?:CHỦ TỊCH|TRƯỞNG BAN)(?:\\s.*)?");

    private PlanRules() {
    }

    /**
     * Runs every rule.
     *
     * @param index the indexed plan, not null
     * @param findings where the findings go, not null
     */
    public static void check(PlanIndex index, Findings findings) {
        for (BiConsumer<PlanIndex, Findings> rule : RULES) {
            rule.accept(index, findings);
        }
    }

    /** DUPLICATE_ID, at the second use of an id among the things of one kind; the arguments are the id and where it was first. */
    static void duplicateIds(PlanIndex index, Findings findings) {
        for (PlanIndex.Duplicate duplicate : index.duplicates()) {
            findings.add(ValidationCode.DUPLICATE_ID, duplicate.part().at("id"), duplicate.id(),
                    duplicate.first().pointer().toString());
        }
    }

    /** PLAN_NUMBER_MISSING, PLAN_DATE_MISSING, PLAN_PLACE_MISSING, PLAN_SIGNATURE_MISSING, PLAN_RECIPIENTS_MISSING. */
    static void documentParts(PlanIndex index, Findings findings) {
        Plan plan = index.plan();
        if (plan.number().isEmpty()) {
            findings.add(ValidationCode.PLAN_NUMBER_MISSING, "/number");
        }
        if (plan.date().isEmpty()) {
            findings.add(ValidationCode.PLAN_DATE_MISSING, "/date");
        }
        if (plan.place().isEmpty()) {
            findings.add(ValidationCode.PLAN_PLACE_MISSING, "/place");
        }
        if (plan.signature().isEmpty()) {
            findings.add(ValidationCode.PLAN_SIGNATURE_MISSING, "/signature");
        }
        if (plan.recipients().isEmpty()) {
            findings.add(ValidationCode.PLAN_RECIPIENTS_MISSING, "/recipients");
        }
    }

    /** NUMBER_TYPE_MISMATCH, NUMBER_ISSUER_MISMATCH, NUMBER_YEAR_MISMATCH, for the plan and each reference. */
    static void documentNumbers(PlanIndex index, Findings findings) {
        Plan plan = index.plan();
        if (plan.number().isPresent()) {
            checkNumber(plan.number().get(), plan.type(), index.issuer(), plan.date(), null, findings);
        }
        for (Part<DocumentReference> located : index.references()) {
            DocumentReference reference = located.value();
            if (reference.number().isPresent()) {
                Optional<Actor> issuer = reference.issuerId().flatMap(index::actor).map(Part::value);
                checkNumber(reference.number().get(), reference.type(), issuer, reference.date(), located, findings);
            }
        }
    }

    /** Checks the number of the plan ({@code reference} null) or of a reference. */
    private static void checkNumber(DocumentNumber number, DocumentType type, Optional<Actor> issuer,
            Optional<LocalDate> date, Part<DocumentReference> reference, Findings findings) {
        if (number.type().isPresent() && !number.type().get().equals(type)) {
            findings.add(ValidationCode.NUMBER_TYPE_MISMATCH, numberPointer(reference), number.toString(),
                    number.type().get().code(), type.code());
        }
        Optional<String> symbolCode = issuer.flatMap(Actor::symbolCode);
        if (symbolCode.isPresent() && !symbolCode.get().equals(number.issuerCode())) {
            findings.add(ValidationCode.NUMBER_ISSUER_MISMATCH, numberPointer(reference), number.toString(),
                    number.issuerCode(), symbolCode.get());
        }
        if (number.year().isPresent() && date.isPresent() && number.year().getAsInt() != date.get().getYear()) {
            findings.add(ValidationCode.NUMBER_YEAR_MISMATCH, numberPointer(reference), number.toString(),
                    Integer.toString(number.year().getAsInt()), date.get().toString());
        }
    }

    private static PlanPointer numberPointer(Part<DocumentReference> reference) {
        return reference == null ? PlanPointer.of("number") : reference.at("number");
    }

    /** PLAN_DATE_AFTER_PERIOD, PLAN_DATE_FAR_BEFORE_PERIOD, REFERENCE_AFTER_PLAN. */
    static void dates(PlanIndex index, Findings findings) {
        Plan plan = index.plan();
        DateRange period = plan.period();
        if (plan.date().isPresent()) {
            LocalDate date = plan.date().get();
            LocalDate earliest = LocalDate.of(period.start().getYear() - 1, 1, 1);
            if (date.isAfter(period.end())) {
                findings.add(ValidationCode.PLAN_DATE_AFTER_PERIOD, "/date", date.toString(), period.toString());
            } else if (date.isBefore(earliest)) {
                findings.add(ValidationCode.PLAN_DATE_FAR_BEFORE_PERIOD, "/date", date.toString(), period.toString(),
                        earliest.toString());
            }
        }
        LocalDate limit = plan.date().orElse(period.end());
        for (Part<DocumentReference> located : index.references()) {
            DocumentReference reference = located.value();
            if (BASES.contains(reference.relation()) && reference.date().isPresent()
                    && reference.date().get().isAfter(limit)) {
                findings.add(ValidationCode.REFERENCE_AFTER_PLAN, located.at("date"), name(reference),
                        reference.date().get().toString(), limit.toString());
            }
        }
    }

    private static String name(DocumentReference reference) {
        return reference.number().map(DocumentNumber::toString).orElse(reference.id());
    }

    /** UNKNOWN_ACTOR, UNKNOWN_REFERENCE, UNKNOWN_TASK, UNKNOWN_SECTION, UNKNOWN_FUNDING_SOURCE. */
    static void referencesResolve(PlanIndex index, Findings findings) {
        Plan plan = index.plan();
        if (!index.hasActor(plan.issuerId())) {
            findings.add(ValidationCode.UNKNOWN_ACTOR, "/issuerId", plan.issuerId());
        }
        for (Part<Actor> located : index.actors()) {
            Optional<String> parentId = located.value().parentId();
            if (parentId.isPresent() && !index.hasActor(parentId.get())) {
                findings.add(ValidationCode.UNKNOWN_ACTOR, located.at("parentId"), parentId.get());
            }
        }
        for (Part<DocumentReference> located : index.references()) {
            Optional<String> issuerId = located.value().issuerId();
            if (issuerId.isPresent() && !index.hasActor(issuerId.get())) {
                findings.add(ValidationCode.UNKNOWN_ACTOR, located.at("issuerId"), issuerId.get());
            }
        }
        for (Part<Section> located : index.sections()) {
            Optional<String> actorId = located.value().actorId();
            if (actorId.isPresent() && !index.hasActor(actorId.get())) {
                findings.add(ValidationCode.UNKNOWN_ACTOR, located.at("actorId"), actorId.get());
            }
        }
        for (Part<Task> located : index.tasks()) {
            List<Assignment> assignments = located.value().assignments();
            for (int i = 0; i < assignments.size(); i++) {
                String actorId = assignments.get(i).actorId();
                if (!index.hasActor(actorId)) {
                    findings.add(ValidationCode.UNKNOWN_ACTOR, located.at("assignments", i, "actorId"), actorId);
                }
            }
            List<String> guidanceIds = located.value().guidanceIds();
            for (int i = 0; i < guidanceIds.size(); i++) {
                if (!index.hasReference(guidanceIds.get(i))) {
                    findings.add(ValidationCode.UNKNOWN_REFERENCE, located.at("guidanceIds", i), guidanceIds.get(i));
                }
            }
            List<TaskLink> links = located.value().implementsTasks();
            for (int i = 0; i < links.size(); i++) {
                if (!index.hasReference(links.get(i).referenceId())) {
                    findings.add(ValidationCode.UNKNOWN_REFERENCE, located.at("implementsTasks", i, "referenceId"),
                            links.get(i).referenceId());
                }
            }
        }
        for (int i = 0; i < plan.notApplicable().size(); i++) {
            String referenceId = plan.notApplicable().get(i).referenceId();
            if (!index.hasReference(referenceId)) {
                findings.add(ValidationCode.UNKNOWN_REFERENCE, "/notApplicable/" + i + "/referenceId", referenceId);
            }
        }
        for (int i = 0; i < plan.recipients().size(); i++) {
            List<String> actorIds = plan.recipients().get(i).actorIds();
            for (int j = 0; j < actorIds.size(); j++) {
                if (!index.hasActor(actorIds.get(j))) {
                    findings.add(ValidationCode.UNKNOWN_ACTOR, "/recipients/" + i + "/actorIds/" + j, actorIds.get(j));
                }
            }
        }
        for (Part<FundingSource> located : index.sources()) {
            Optional<String> basisId = located.value().basisId();
            if (basisId.isPresent() && !index.hasReference(basisId.get())) {
                findings.add(ValidationCode.UNKNOWN_REFERENCE, located.at("basisId"), basisId.get());
            }
        }
        for (Part<BudgetLine> located : index.budgetLines()) {
            BudgetLine line = located.value();
            if (!index.hasSource(line.sourceId())) {
                findings.add(ValidationCode.UNKNOWN_FUNDING_SOURCE, located.at("sourceId"), line.sourceId());
            }
            if (line.taskId().isPresent() && !index.hasTask(line.taskId().get())) {
                findings.add(ValidationCode.UNKNOWN_TASK, located.at("taskId"), line.taskId().get());
            }
            if (line.sectionId().isPresent() && !index.hasSection(line.sectionId().get())) {
                findings.add(ValidationCode.UNKNOWN_SECTION, located.at("sectionId"), line.sectionId().get());
            }
        }
    }

    /**
     * ACTOR_CYCLE: once per loop of parent ids, at the {@code parentId} of the loop's actor that
     * comes first in the document; the argument is the loop, "a → b → a".
     */
    static void actorCycles(PlanIndex index, Findings findings) {
        Map<String, Boolean> done = new HashMap<>();
        for (Part<Actor> start : index.actors()) {
            List<Part<Actor>> path = new ArrayList<>();
            Map<String, Integer> onPath = new HashMap<>();
            Optional<Part<Actor>> current = Optional.of(start);
            while (current.isPresent() && !done.containsKey(current.get().value().id())
                    && !onPath.containsKey(current.get().value().id())) {
                onPath.put(current.get().value().id(), path.size());
                path.add(current.get());
                current = current.get().value().parentId().flatMap(index::actor);
            }
            if (current.isPresent() && onPath.containsKey(current.get().value().id())) {
                reportCycle(path.subList(onPath.get(current.get().value().id()), path.size()), index, findings);
            }
            path.forEach(located -> done.put(located.value().id(), Boolean.TRUE));
        }
    }

    private static void reportCycle(List<Part<Actor>> cycle, PlanIndex index, Findings findings) {
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (index.actors().indexOf(cycle.get(i)) < index.actors().indexOf(cycle.get(first))) {
                first = i;
            }
        }
        StringJoiner loop = new StringJoiner(" → ");
        for (int i = 0; i <= cycle.size(); i++) {
            loop.add(cycle.get((first + i) % cycle.size()).value().id());
        }
        findings.add(ValidationCode.ACTOR_CYCLE, cycle.get(first).at("parentId"), loop.toString());
    }

    /** SCHEDULE_OUTSIDE_PERIOD, SCHEDULE_PARTLY_OUTSIDE_PERIOD, by the schedule's own resolve and fitsIn. */
    static void schedules(PlanIndex index, Findings findings) {
        DateRange period = index.plan().period();
        for (Part<Task> located : index.tasks()) {
            Optional<Schedule> schedule = located.value().schedule();
            if (schedule.isEmpty()) {
                continue;
            }
            if (schedule.get().resolve(period).isEmpty()) {
                findings.add(ValidationCode.SCHEDULE_OUTSIDE_PERIOD, located.at("schedule"), schedule.get().toString(),
                        period.toString());
            } else if (!schedule.get().fitsIn(period)) {
                findings.add(ValidationCode.SCHEDULE_PARTLY_OUTSIDE_PERIOD, located.at("schedule"),
                        schedule.get().toString(), period.toString());
            }
        }
    }

    /**
     * PROPAGANDA_MISSING, PROPAGANDA_CONTENTS_INCOMPLETE: only for a plan of the campaign whose five
     * contents these are (domain notes §2); a plan of another campaign or of none is not held to them.
     */
    static void propaganda(PlanIndex index, Findings findings) {
        if (!index.plan().carriesOut(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)) {
            return;
        }
        Optional<Part<Task>> first = Optional.empty();
        Set<CampaignContent> addressed = EnumSet.noneOf(CampaignContent.class);
        for (Part<Task> located : index.tasks()) {
            if (located.value().is(TaskKind.PROPAGANDA)) {
                first = first.isPresent() ? first : Optional.of(located);
                addressed.addAll(located.value().contents());
            }
        }
        if (first.isEmpty()) {
            findings.add(ValidationCode.PROPAGANDA_MISSING, "/sections");
            return;
        }
        StringJoiner missing = new StringJoiner(", ");
        for (CampaignContent content : CampaignContent.values()) {
            if (!addressed.contains(content)) {
                missing.add(Integer.toString(content.number()));
            }
        }
        if (missing.length() > 0) {
            findings.add(ValidationCode.PROPAGANDA_CONTENTS_INCOMPLETE, first.get().at("contents"), missing.toString());
        }
    }

    /** SUPERIOR_NOT_INFORMED, FILE_COPY_MISSING; both left to PLAN_RECIPIENTS_MISSING when there are none. */
    static void recipients(PlanIndex index, Findings findings) {
        List<Recipient> recipients = index.plan().recipients();
        if (recipients.isEmpty()) {
            return;
        }
        if (recipients.stream().noneMatch(recipient -> recipient.purpose() == RecipientPurpose.FILE_COPY)) {
            findings.add(ValidationCode.FILE_COPY_MISSING, "/recipients");
        }
        Optional<Actor> issuer = index.issuer();
        if (issuer.isEmpty() || issuer.get().level().isEmpty()
                || issuer.get().level().get() == AdministrativeLevel.CENTRAL) {
            return;
        }
        AdministrativeLevel level = issuer.get().level().get();
        boolean informed = recipients.stream()
                .filter(recipient -> recipient.purpose() == RecipientPurpose.REPORT)
                .flatMap(recipient -> recipient.actorIds().stream())
                .flatMap(id -> index.actor(id).stream())
                .anyMatch(actor -> actor.value().level().map(other -> other.isAbove(level)).orElse(false));
        if (!informed) {
            findings.add(ValidationCode.SUPERIOR_NOT_INFORMED, "/recipients", issuer.get().name());
        }
    }

    /**
     * SIGNING_AUTHORITY_MISMATCH, once per plan, in this order of precedence:
     * a collective issuer ({@link #COLLECTIVE_ISSUERS}) signed with no authority, or a deputy
     * (position "PHÓ …") signing with no authority or as acting head ("Q."), at
     * {@code /signature/authority}; or "TM." followed by a head's position ("TM. CHỦ TỊCH") instead
     * of a collective, at {@code /signature/onBehalfOf}. TM./KT./TL./TUQ. with no one named is
     * {@code SIGNATURE_WITHOUT_PRINCIPAL}, not this.
     */
    static void signingAuthority(PlanIndex index, Findings findings) {
        Optional<Signature> signature = index.plan().signature();
        Optional<Actor> issuer = index.issuer();
        if (signature.isEmpty() || issuer.isEmpty()) {
            return;
        }
        Optional<SigningAuthority> authority = signature.get().authority();
        boolean collective = COLLECTIVE_ISSUERS.contains(issuer.get().kind());
        boolean deputy = DEPUTY.matcher(upper(signature.get().position())).matches();
        String block = block(signature.get());
        if (collective && authority.isEmpty()
                || deputy && (authority.isEmpty() || authority.get() == SigningAuthority.ACTING)) {
            findings.add(ValidationCode.SIGNING_AUTHORITY_MISMATCH, "/signature/authority", issuer.get().name(), block);
        } else if (authority.isPresent() && authority.get() == SigningAuthority.ON_BEHALF_OF
                && signature.get().onBehalfOf().map(text -> HEAD.matcher(upper(text)).matches()).orElse(false)) {
            findings.add(ValidationCode.SIGNING_AUTHORITY_MISMATCH, "/signature/onBehalfOf", issuer.get().name(), block);
        }
    }

    private static String upper(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** The signature block as written: "TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH". */
    private static String block(Signature signature) {
        String first = (signature.authority().map(SigningAuthority::prefix).orElse("") + " "
                + signature.onBehalfOf().orElse("")).strip();
        return first.isEmpty() ? signature.position() : first + " / " + signature.position();
    }

    /**
     * DUPLICATE_SECTION_NUMBER, at the second of two sibling sections with the same number (compared
     * without surrounding spaces); a blank number is {@code BLANK_TEXT}'s and is skipped here.
     */
    static void sectionNumbers(PlanIndex index, Findings findings) {
        siblings(index.plan().sections(), null, findings);
        for (Part<Section> located : index.sections()) {
            siblings(located.value().subsections(), located, findings);
        }
    }

    /** Checks the sections of the plan ({@code parent} null) or the subsections of a section. */
    private static void siblings(List<Section> sections, Part<Section> parent, Findings findings) {
        if (sections.size() < 2) {
            return;
        }
        Map<String, Section> seen = new HashMap<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.number().isBlank()) {
                continue;
            }
            Section first = seen.putIfAbsent(section.number().strip(), section);
            if (first != null) {
                findings.add(ValidationCode.DUPLICATE_SECTION_NUMBER,
                        parent == null ? PlanPointer.of("sections", Integer.toString(i), "number")
                                : parent.at("subsections", i, "number"),
                        section.number(), first.heading());
            }
        }
    }

    /**
     * DUPLICATE_RECIPIENT, at the name of the second of two recipients with the same name as
     * {@link VietnameseText#sameName(String, String)} compares them ("Uỷ ban" and "Ủy ban", NFD and
     * NFC, case and spaces aside). Blank names are {@code BLANK_TEXT}'s and are skipped.
     */
    static void duplicateRecipients(PlanIndex index, Findings findings) {
        List<Recipient> recipients = index.plan().recipients();
        Map<String, Recipient> seen = new HashMap<>();
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            if (recipient.name().isBlank()) {
                continue;
            }
            Recipient first = seen.putIfAbsent(VietnameseText.nameKey(recipient.name()), recipient);
            if (first != null) {
                findings.add(ValidationCode.DUPLICATE_RECIPIENT, "/recipients/" + i + "/name", recipient.name(),
                        first.name());
            }
        }
    }
}
