package vn.campaign.internal.compliance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vn.campaign.compliance.AdministrativeHierarchy;
import vn.campaign.compliance.BuiltInRules;
import vn.campaign.compliance.ComplianceCode;
import vn.campaign.compliance.ComplianceContext;
import vn.campaign.compliance.ComplianceRule;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.finding.PlanPointer;
import vn.campaign.internal.plan.Part;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.AreaStatus;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingRule;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.LegalFacts;
import vn.campaign.model.Money;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;

/**
 * The built-in compliance rules, one small rule per id of {@link BuiltInRules}. Each documents its
 * codes and source in {@code docs/compliance.md}. Stateless and thread-safe. Not part of the API.
 */
public final class StandardRules {

    /** The National Great Unity Day, 18 November: {@link LegalFacts#NATIONAL_GREAT_UNITY_DAY}. */
    static final MonthDay NATIONAL_GREAT_UNITY_DAY = LegalFacts.NATIONAL_GREAT_UNITY_DAY;

    private static final List<ComplianceRule> ALL = List.of(
            rule(BuiltInRules.HIERARCHY, StandardRules::hierarchy),
            rule(BuiltInRules.CITATION, StandardRules::citation),
            rule(BuiltInRules.COVERAGE, StandardRules::coverage),
            rule(BuiltInRules.TIMING, StandardRules::timing),
            rule(BuiltInRules.FESTIVAL, StandardRules::festival),
            rule(BuiltInRules.ACTORS, StandardRules::actors),
            rule(BuiltInRules.FUNDING, StandardRules::funding),
            rule(BuiltInRules.REVIEWS, StandardRules::reviews));

    private StandardRules() {
    }

    /**
     * Returns the built-in rules in the order they run.
     *
     * @return the rules, never null
     */
    public static List<ComplianceRule> all() {
        return ALL;
    }

    private static ComplianceRule rule(String id, Consumer<ComplianceContext> check) {
        return new ComplianceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void check(ComplianceContext context) {
                check.accept(context);
            }

            @Override
            public String toString() {
                return "built-in rule " + id;
            }
        };
    }

    /**
     * Builds a plan's view; a constant, so that the rules of one check share the views it builds,
     * and the checks of a cascade's children their parent's ({@code ParentViews}).
     */
    private static final ShareableDerivation<PlanView> VIEW = PlanView::new;

    private static PlanView view(ComplianceContext context, Plan plan) {
        return context.derived(plan, VIEW);
    }

    private static String name(NamedPlan plan) {
        return plan.plan().number().map(DocumentNumber::toString).orElse(plan.file());
    }

    private static String referencePointer(Plan plan, DocumentReference reference) {
        return "/references/" + plan.references().indexOf(reference);
    }

    /** The pointer of a finding, written as text; built only for a finding. */
    private static PlanPointer at(String pointer) {
        return PlanPointer.parse(pointer);
    }

    // ---------------------------------------------------------------------------------------------
    // hierarchy: DISTRICT_AFTER_REFORM, DISTRICT_BODIES_CEASE, PARENT_LEVEL_MISMATCH

    static void hierarchy(ComplianceContext context) {
        Plan plan = context.child().plan();
        AdministrativeHierarchy hierarchy = context.hierarchy();
        if (!hierarchy.has(AdministrativeLevel.DISTRICT)) {
            // The district level no longer exists: every body of it, named by its level or only by its
            // name ("Ủy ban nhân dân huyện", "thị xã"), is a body that no longer exists.
            for (DistrictBodies.Body body : DistrictBodies.of(plan)) {
                context.report(ComplianceCode.DISTRICT_AFTER_REFORM,
                        at("/actors/" + body.index() + (body.byLevel() ? "/level" : "/name")),
                        TaskMatcher.label(body.actor().fullName()), context.date().toString(), hierarchy.source());
            }
        } else {
            AdministrativeHierarchy atEnd = AdministrativeHierarchy.inForceOn(plan.period().end());
            List<DistrictBodies.Body> bodies = atEnd.has(AdministrativeLevel.DISTRICT) ? List.of()
                    : DistrictBodies.of(plan);
            if (!bodies.isEmpty()) {
                // Issued before the reform, running past it: the bodies it counts on cease midway.
                context.report(ComplianceCode.DISTRICT_BODIES_CEASE, at("/period"), plan.period().toString(),
                        atEnd.effectiveFrom().toString(), bodies.stream().map(body -> TaskMatcher.label(body.actor().fullName()))
                                .collect(Collectors.joining("; ")), atEnd.source());
            }
        }
        if (context.parent().isEmpty() || plan.level().isEmpty()) {
            return;
        }
        Optional<AdministrativeLevel> parentLevel = context.parent().get().plan().level();
        Optional<AdministrativeLevel> expected = hierarchy.levelAbove(plan.level().get());
        if (parentLevel.isPresent() && expected.isPresent() && parentLevel.get() != expected.get()
                && !isThematicPlan(context)) {
            context.reportFromParent(ComplianceCode.PARENT_LEVEL_MISMATCH, at("/issuerId"), at("/issuerId"),
                    plan.level().get().code(), parentLevel.get().code(), expected.get().code(), hierarchy.id());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // citation: PARENT_NOT_CITED, PARENT_CITATION_MISMATCH, PARENT_CITATION_UNDATED, PARENT_NOT_FOUND

    static void citation(ComplianceContext context) {
        Plan plan = context.child().plan();
        if (context.parent().isEmpty()) {
            if (context.parentReference().isPresent() && context.planSet().plans().size() > 1) {
                DocumentReference reference = context.parentReference().get();
                context.report(ComplianceCode.PARENT_NOT_FOUND, at(referencePointer(plan, reference)),
                        reference.number().map(DocumentNumber::toString).orElse(reference.id()),
                        reference.date().map(LocalDate::toString).orElse("—"));
            }
            return;
        }
        NamedPlan parent = context.parent().get();
        Optional<DocumentNumber> number = parent.plan().number();
        if (number.isEmpty()) {
            return; // the parent's own validation reports PLAN_NUMBER_MISSING; nothing to cite
        }
        // By identity: "5/KH-…" cites the plan numbered "05/KH-…" (leading zeros, case, Đ as D).
        Optional<DocumentReference> cited = Optional.empty();
        for (DocumentReference reference : plan.references()) {
            if (reference.relation() == ReferenceRelation.IMPLEMENTS && reference.number().isPresent()
                    && number.get().sameDocument(reference.number().get())) {
                cited = Optional.of(reference);
                break;
            }
        }
        if (cited.isEmpty()) {
            String pointer = context.parentReference().map(r -> referencePointer(plan, r) + "/number")
                    .orElse("/references");
            context.reportFromParent(ComplianceCode.PARENT_NOT_CITED, at(pointer), at("/number"), number.get().toString(),
                    parent.plan().date().map(LocalDate::toString).orElse("—"));
            return;
        }
        Optional<LocalDate> date = parent.plan().date();
        if (date.isEmpty()) {
            return;
        }
        if (cited.get().date().isEmpty()) {
            context.reportFromParent(ComplianceCode.PARENT_CITATION_UNDATED,
                    at(referencePointer(plan, cited.get()) + "/date"), at("/date"), number.get().toString(),
                    date.get().toString());
        } else if (!cited.get().date().equals(date)) {
            context.reportFromParent(ComplianceCode.PARENT_CITATION_MISMATCH,
                    at(referencePointer(plan, cited.get()) + "/date"), at("/date"), number.get().toString(),
                    cited.get().date().get().toString(), date.get().toString());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // coverage: PARENT_TASK_NOT_COVERED, UNKNOWN_PARENT_TASK

    /**
     * Whether the plan implements a plan of its own level: a thematic plan of a body carrying out one
     * part of that level's general plan (the corpus holds a real pair: a commune's plan for the
     * consultation conferences implementing the same commune's election plan). Such a plan answers one
     * part of its parent, so it is not held to cover every task, to report to itself or to review, and
     * its level is no mismatch (inferred from that pair; every rule that skips it says so).
     */
    static boolean isThematicPlan(ComplianceContext context) {
        Optional<AdministrativeLevel> level = context.child().plan().level();
        return level.isPresent() && context.parent().isPresent()
                && context.parent().get().plan().level().equals(level);
    }

    static void coverage(ComplianceContext context) {
        if (context.parent().isEmpty() || context.parentReference().isEmpty()) {
            return;
        }
        Plan plan = context.child().plan();
        String referenceId = context.parentReference().get().id();
        PlanView parent = view(context, context.parent().get().plan());
        PlanView child = view(context, plan);
        // By the position of the parent's first task with each id the child links or declares: a
        // parent task is covered when the first task with its id is (ids are unique in a valid plan).
        boolean[] covered = new boolean[parent.tasks().size()];
        for (Part<Task> located : child.tasks()) {
            List<TaskLink> links = located.value().implementsTasks();
            for (int i = 0; i < links.size(); i++) {
                TaskLink link = links.get(i);
                if (!link.referenceId().equals(referenceId)) {
                    continue;
                }
                Part<Task> target = parent.taskOrNull(link.taskId());
                if (target != null) {
                    covered[target.ordinal()] = true;
                } else {
                    context.report(ComplianceCode.UNKNOWN_PARENT_TASK, located.at("implementsTasks", i, "taskId"),
                            link.taskId(), name(context.parent().get()));
                }
            }
        }
        for (int i = 0; i < plan.notApplicable().size(); i++) {
            NotApplicable declaration = plan.notApplicable().get(i);
            if (!declaration.referenceId().equals(referenceId)) {
                continue;
            }
            Part<Task> target = parent.taskOrNull(declaration.taskId());
            if (target != null) {
                covered[target.ordinal()] = true;
            } else {
                context.report(ComplianceCode.UNKNOWN_PARENT_TASK, at("/notApplicable/" + i + "/taskId"),
                        declaration.taskId(), name(context.parent().get()));
            }
        }
        Optional<AdministrativeLevel> level = plan.level();
        if (level.isEmpty() || isThematicPlan(context)) {
            return;
        }
        // Real plans carry no links: each parent task is paired with the child's tasks by evidence
        // (TaskMatcher); a link or a declaration still wins.
        for (TaskMatch row : TaskMatcher.unmatched(child, parent, referenceId, level.get(), covered)) {
            if (row.coverage() == TaskMatch.Coverage.NOT_COVERED) {
                context.reportFromParent(ComplianceCode.PARENT_TASK_NOT_COVERED, at("/sections"),
                        row.parentPointer(), row.parentLabel(), name(context.parent().get()), row.parentTaskId());
            } else if (row.coverage() == TaskMatch.Coverage.WEAK) {
                context.reportFromParent(ComplianceCode.PARENT_TASK_MATCH_WEAK, row.best().orElseThrow().childPointer(),
                        row.parentPointer(), row.parentLabel(), name(context.parent().get()), row.parentTaskId(),
                        row.candidates().stream().map(TaskMatch.Candidate::childTaskId)
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // timing: SCHEDULE_OUTSIDE_PARENT_TASK, PLAN_ISSUED_BEFORE_PARENT

    static void timing(ComplianceContext context) {
        if (context.parent().isEmpty()) {
            return;
        }
        Plan plan = context.child().plan();
        Plan parentPlan = context.parent().get().plan();
        if (plan.date().isPresent() && parentPlan.date().isPresent() && plan.date().get().isBefore(parentPlan.date().get())) {
            context.reportFromParent(ComplianceCode.PLAN_ISSUED_BEFORE_PARENT, at("/date"), at("/date"),
                    plan.date().get().toString(), parentPlan.date().get().toString());
        }
        if (context.parentReference().isEmpty()) {
            return;
        }
        String referenceId = context.parentReference().get().id();
        PlanView child = view(context, plan);
        PlanView parent = view(context, parentPlan);
        for (Part<Task> located : child.tasks()) {
            Optional<DateRange> window = child.window(located);
            List<TaskLink> links = located.value().implementsTasks();
            for (int i = 0; i < links.size(); i++) {
                TaskLink link = links.get(i);
                Part<Task> target = parent.taskOrNull(link.taskId());
                if (!link.referenceId().equals(referenceId) || target == null || window.isEmpty()
                        || located.value().is(TaskKind.GREAT_UNITY_FESTIVAL)
                                && target.value().is(TaskKind.GREAT_UNITY_FESTIVAL)) {
                    continue;
                }
                Optional<DateRange> parentWindow = parent.window(target);
                if (parentWindow.isPresent() && !parentWindow.get().contains(window.get())) {
                    context.reportFromParent(ComplianceCode.SCHEDULE_OUTSIDE_PARENT_TASK, PlanView.schedulePointer(located),
                            PlanView.schedulePointer(target), located.value().id(), window.get().toString(),
                            link.taskId(), parentWindow.get().toString());
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // festival: FESTIVAL_OUTSIDE_PARENT_WINDOW, FESTIVAL_AFTER_NATIONAL_DAY

    /**
     * Whether the plan carries out the campaign "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn
     * minh": the festival and funding rules are its rules (the Great Unity festival at residential
     * areas, domain notes §4; its funding under Circular 121/2017/TT-BTC, §3), not those of a plan of
     * another campaign or of none (an election plan, a year's work).
     */
    private static boolean ofTheCampaign(ComplianceContext context) {
        return context.child().plan().carriesOut(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS);
    }

    static void festival(ComplianceContext context) {
        if (!ofTheCampaign(context)) {
            return;
        }
        PlanView child = view(context, context.child().plan());
        Optional<PlanView> parent = context.parent().map(p -> view(context, p.plan()));
        for (Part<Task> located : child.tasks()) {
            if (!located.value().is(TaskKind.GREAT_UNITY_FESTIVAL)) {
                continue;
            }
            Optional<DateRange> window = child.window(located);
            if (window.isEmpty()) {
                continue;
            }
            LocalDate start = window.get().start();
            if (MonthDay.from(start).isAfter(NATIONAL_GREAT_UNITY_DAY)) {
                context.report(ComplianceCode.FESTIVAL_AFTER_NATIONAL_DAY, PlanView.schedulePointer(located),
                        window.get().toString(), NATIONAL_GREAT_UNITY_DAY.atYear(start.getYear()).toString());
            }
            if (parent.isPresent()) {
                festivalInParentWindow(context, located, window.get(), parent.get());
            }
        }
    }

    private static void festivalInParentWindow(ComplianceContext context, Part<Task> located, DateRange window,
            PlanView parent) {
        List<Part<Task>> targets = new ArrayList<>();
        List<TaskLink> links = located.value().implementsTasks();
        for (int i = 0; i < links.size(); i++) {
            Part<Task> target = parent.taskOrNull(links.get(i).taskId());
            if (target != null && target.value().is(TaskKind.GREAT_UNITY_FESTIVAL)) {
                targets.add(target);
            }
        }
        if (targets.isEmpty()) {
            for (Part<Task> task : parent.tasks()) {
                if (task.value().is(TaskKind.GREAT_UNITY_FESTIVAL)) {
                    targets.add(task);
                }
            }
        }
        for (Part<Task> target : targets) {
            Optional<DateRange> parentWindow = parent.window(target);
            if (parentWindow.isPresent() && parentWindow.get().contains(window)) {
                return;
            }
        }
        if (!targets.isEmpty()) {
            Part<Task> target = targets.get(0);
            context.reportFromParent(ComplianceCode.FESTIVAL_OUTSIDE_PARENT_WINDOW, PlanView.schedulePointer(located),
                    PlanView.schedulePointer(target), window.toString(),
                    parent.window(target).map(DateRange::toString).orElse("—"));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // actors: DUTY_ABOVE_OWN_LEVEL, REPORT_NOT_TO_PARENT_ISSUER

    static void actors(ComplianceContext context) {
        Plan plan = context.child().plan();
        Optional<AdministrativeLevel> own = plan.level();
        if (own.isPresent()) {
            duties(context, plan, plan.sections(), "/sections", own.get());
        }
        if (context.parent().isPresent()) {
            reportsToParent(context, plan, context.parent().get().plan());
        }
    }

    private static boolean above(Plan plan, String actorId, AdministrativeLevel own) {
        return plan.actor(actorId).flatMap(Actor::level).map(level -> level.isAbove(own)).orElse(false);
    }

    /**
     * The duties of each section and its tasks; the pointers are made only for a finding (one per
     * section and task, made every time, was the most of what the compliance check allocated).
     */
    private static void duties(ComplianceContext context, Plan plan, List<Section> sections, String base,
            AdministrativeLevel own) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.kind() == SectionKind.ORGANISATION && section.actorId().isPresent()
                    && above(plan, section.actorId().get(), own)) {
                context.report(ComplianceCode.DUTY_ABOVE_OWN_LEVEL, at(base + "/" + i + "/actorId"),
                        section.actorId().get(), own.code());
            }
            for (int j = 0; j < section.tasks().size(); j++) {
                Task task = section.tasks().get(j);
                // Taking part in a superior's activity ("cử cán bộ tham gia tập huấn do tỉnh tổ chức") is
                // not a duty given to the superior.
                boolean ownPart = false;
                List<Assignment> assignments = task.assignments();
                for (int k = 0; k < assignments.size(); k++) {
                    Assignment a = assignments.get(k);
                    if (a.role() == Role.PARTICIPATE && !above(plan, a.actorId(), own)) {
                        ownPart = true;
                        break;
                    }
                }
                for (int k = 0; k < task.assignments().size(); k++) {
                    Assignment assignment = task.assignments().get(k);
                    boolean duty = assignment.role() == Role.LEAD || assignment.role() == Role.GUIDE;
                    if (duty && !ownPart && above(plan, assignment.actorId(), own)) {
                        context.report(ComplianceCode.DUTY_ABOVE_OWN_LEVEL,
                                at(base + "/" + i + "/tasks/" + j + "/assignments/" + k + "/actorId"),
                                assignment.actorId(), own.code());
                    }
                }
            }
            if (!section.subsections().isEmpty()) {
                duties(context, plan, section.subsections(), base + "/" + i + "/subsections", own);
            }
        }
    }

    private static void reportsToParent(ComplianceContext context, Plan plan, Plan parent) {
        Optional<Actor> issuer = parent.issuer();
        if (issuer.isEmpty() || isThematicPlan(context)) {
            return;
        }
        // One or two ids: a list, not a set.
        List<String> candidates = new ArrayList<>(2);
        context.parentReference().flatMap(DocumentReference::issuerId).ifPresent(candidates::add);
        for (Actor actor : plan.actors()) {
            if (actor.kind() == issuer.get().kind() && actor.level().equals(issuer.get().level())
                    && (actor.unit().isEmpty() || issuer.get().unit().isEmpty()
                            || actor.unit().equals(issuer.get().unit()))) {
                candidates.add(actor.id());
            }
        }
        for (Recipient recipient : plan.recipients()) {
            if (recipient.purpose() == RecipientPurpose.REPORT
                    && recipient.actorIds().stream().anyMatch(candidates::contains)) {
                return;
            }
        }
        context.reportFromParent(ComplianceCode.REPORT_NOT_TO_PARENT_ISSUER, at("/recipients"), at("/issuerId"),
                issuer.get().name());
    }

    // ---------------------------------------------------------------------------------------------
    // funding: STATE_BUDGET_ITEM_NOT_ALLOWED, SUPPORT_FROM_SOCIALISED_FUNDS, SUPPORT_BELOW_MINIMUM

    static void funding(ComplianceContext context) {
        if (!ofTheCampaign(context)) {
            return;
        }
        Plan plan = context.child().plan();
        List<FundingRule> rules = context.fundingRules();
        List<BudgetLine> lines = plan.funding().budgetLines();
        for (int i = 0; i < lines.size(); i++) {
            BudgetLine line = lines.get(i);
            Optional<FundingSource> source = first(plan.funding().sources(), s -> s.id().equals(line.sourceId()));
            if (source.isEmpty()) {
                continue; // UNKNOWN_FUNDING_SOURCE of the validator
            }
            Optional<FundingRule> rule = first(rules, r -> r.item() == line.item());
            boolean support = line.item() == FundingItem.COMMUNE_FRONT_SUPPORT
                    || line.item() == FundingItem.RESIDENTIAL_TEAM_SUPPORT;
            FundingSourceKind kind = source.get().kind();
            if (kind == FundingSourceKind.STATE_BUDGET && rule.isEmpty()) {
                context.report(ComplianceCode.STATE_BUDGET_ITEM_NOT_ALLOWED, at(budgetLinePointer(i) + "/item"), line.item().code(),
                        context.date().toString());
            }
            if (support && kind == FundingSourceKind.SOCIALISED) {
                context.report(ComplianceCode.SUPPORT_FROM_SOCIALISED_FUNDS, at(budgetLinePointer(i) + "/sourceId"), line.item().code(),
                        line.sourceId());
            }
            if (support && kind == FundingSourceKind.STATE_BUDGET && rule.isPresent()
                    && rule.get().minimum().isPresent()) {
                // Per unit, as the circular sets it: the households and the area of each unit the line
                // pays for; where the plan does not say, the lowest case (under 700 households, not a
                // difficult area), which the finding names.
                Money minimum = rule.get().minimum().get().minimumFor(line.households().orElse(0),
                        line.area().map(AreaStatus::difficult).orElse(false));
                String basis = rule.get().citation();
                Optional<Money> province = context.planSet().supportLevel(line.item());
                if (province.isPresent() && province.get().compareTo(minimum) > 0) {
                    minimum = province.get();
                    basis = "mức của tỉnh";
                }
                Money total = Money.vnd(Math.multiplyExact(minimum.amount(), (long) line.units()));
                if (line.amount().compareTo(total) < 0) {
                    context.report(ComplianceCode.SUPPORT_BELOW_MINIMUM, at(budgetLinePointer(i) + "/amount"), line.amount().toString(),
                            total.toString(), basis, Integer.toString(line.units()), minimum.toString(),
                            line.households().isPresent() ? Integer.toString(line.households().getAsInt()) : "—",
                            line.area().map(area -> (area.difficult() ? "+ " : "− ") + area.source()).orElse("—"));
                }
            }
        }
    }

    private static String budgetLinePointer(int index) {
        return "/funding/budgetLines/" + index;
    }

    /** The first element that passes a test: a loop, where a stream would cost each plan its pipeline. */
    private static <T> Optional<T> first(List<T> list, Predicate<? super T> test) {
        for (T element : list) {
            if (test.test(element)) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------
    // reviews: REVIEW_MISSING

    static void reviews(ComplianceContext context) {
        Plan plan = context.child().plan();
        if (context.parent().isEmpty() || plan.level().isEmpty() || isThematicPlan(context)) {
            return;
        }
        PlanView parent = view(context, context.parent().get().plan());
        // The child's tasks from its view, which the other rules build anyway, rather than a stream
        // over its sections for each kind.
        List<Part<Task>> tasks = view(context, plan).tasks();
        for (TaskKind kind : List.of(TaskKind.INTERIM_REVIEW, TaskKind.FINAL_REVIEW)) {
            if (hasKind(tasks, kind)) {
                continue;
            }
            first(parent.tasks(), t -> t.value().is(kind) && parent.addressedTo(t, plan.level().get()))
                    .ifPresent(t -> context.reportFromParent(ComplianceCode.REVIEW_MISSING, at("/sections"), t.pointer(),
                            kind.code(), t.value().id()));
        }
    }

    private static boolean hasKind(List<Part<Task>> tasks, TaskKind kind) {
        for (Part<Task> task : tasks) {
            if (task.value().is(kind)) {
                return true;
            }
        }
        return false;
    }
}
