package vn.campaign.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Actor;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.Task;

/**
 * What changed between two plans, by task correspondence rather than by lines of JSON: each task of the
 * first plan is paired with at most one task of the second by the compliance check's evidence (a link,
 * the same id with evidence, the kind and the wording; {@link ComplianceChecker#correspondence}), then
 * the pairs are compared (wording, schedule, bodies and roles) and the unpaired tasks are added or
 * removed. The plan's details, funding, references, recipients and signature are compared member by
 * member. Works on two revisions of one plan, on this year's and last year's, and on a child and its
 * parent (in either order: the child's links to the parent's tasks are used).
 *
 * <p>Immutable and thread-safe: create once, share.
 *
 * @since 0.1
 */
public final class PlanDiffer {

    private final ComplianceChecker checker;

    private PlanDiffer(ComplianceChecker checker) {
        this.checker = checker;
    }

    /**
     * Returns a differ with the built-in task correspondence.
     *
     * @return the differ, never null
     */
    public static PlanDiffer create() {
        return new PlanDiffer(ComplianceChecker.create());
    }

    /**
     * Compares two plans.
     *
     * @param first the first plan (before), not null
     * @param second the second plan (after), not null
     * @return the changes from the first to the second, never null; empty when they agree
     */
    public PlanChanges compare(Plan first, Plan second) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        List<PlanChange> changes = new ArrayList<>();
        details(first, second, changes);
        tasks(first, second, changes);
        funding(first, second, changes);
        references(first, second, changes);
        recipients(first, second, changes);
        String was = first.signature().map(Conventions::signature).orElse(null);
        String now = second.signature().map(Conventions::signature).orElse(null);
        if (!Objects.equals(was, now)) {
            changes.add(change(ChangeKind.SIGNATURE_CHANGED, "signature", first.signature().isPresent(),
                    second.signature().isPresent(), "/signature", "/signature", was, now));
        }
        return new PlanChanges(changes);
    }

    private static void details(Plan first, Plan second, List<PlanChange> changes) {
        member("number", first.number().map(Object::toString), second.number().map(Object::toString), changes);
        member("date", first.date().map(Object::toString), second.date().map(Object::toString), changes);
        member("place", first.place(), second.place(), changes);
        member("title", Optional.of(first.title()), Optional.of(second.title()), changes);
        member("period", Optional.of(first.period().toString()), Optional.of(second.period().toString()), changes);
        member("issuer", first.issuer().map(Actor::fullName), second.issuer().map(Actor::fullName), changes);
        member("campaign", first.campaign().map(c -> c.name()), second.campaign().map(c -> c.name()), changes);
    }

    private static void member(String name, Optional<String> was, Optional<String> now, List<PlanChange> changes) {
        if (!was.equals(now)) {
            String pointer = "/" + (name.equals("issuer") ? "issuerId" : name);
            changes.add(change(ChangeKind.PLAN_CHANGED, name, was.isPresent(), now.isPresent(), pointer, pointer,
                    was.orElse(null), now.orElse(null)));
        }
    }

    /** A candidate pairing of a task of the first plan with one of the second. */
    private record Pair(String first, String second, double score, boolean strong) {
    }

    private void tasks(Plan first, Plan second, List<PlanChange> changes) {
        boolean flip = cites(first, second);
        List<TaskMatch> rows = flip ? checker.correspondence(second, first) : checker.correspondence(first, second);
        List<Pair> pairs = new ArrayList<>();
        for (TaskMatch row : rows) {
            for (TaskMatch.Candidate candidate : row.candidates()) {
                String a = flip ? candidate.childTaskId() : row.parentTaskId();
                String b = flip ? row.parentTaskId() : candidate.childTaskId();
                boolean strong = candidate.basis() == TaskMatch.Basis.LINKED || a.equals(b);
                pairs.add(new Pair(a, b, candidate.score(), strong));
            }
        }
        pairs.sort(Comparator.comparing(Pair::strong).reversed().thenComparing(Comparator.comparingDouble(Pair::score)
                .reversed()));
        Map<String, String> firstToSecond = new HashMap<>();
        Map<String, String> secondToFirst = new HashMap<>();
        for (Pair pair : pairs) {
            if (!firstToSecond.containsKey(pair.first()) && !secondToFirst.containsKey(pair.second())) {
                firstToSecond.put(pair.first(), pair.second());
                secondToFirst.put(pair.second(), pair.first());
            }
        }
        for (Task task : first.allTasks().toList()) {
            PlanPointer before = Notes.taskPointer(first, task.id());
            String label = ParentDraft.label(task);
            String paired = firstToSecond.get(task.id());
            if (paired == null) {
                changes.add(new PlanChange(ChangeKind.TASK_REMOVED, label, Optional.of(before), Optional.empty(),
                        Optional.of(text(task)), Optional.empty()));
                continue;
            }
            Task other = second.task(paired).orElseThrow();
            Optional<PlanPointer> after = Optional.of(Notes.taskPointer(second, paired));
            if (!text(task).equals(text(other))) {
                changes.add(new PlanChange(ChangeKind.TASK_REWORDED, label, Optional.of(before), after,
                        Optional.of(text(task)), Optional.of(text(other))));
            }
            String was = task.schedule().map(Object::toString).orElse("—");
            String now = other.schedule().map(Object::toString).orElse("—");
            if (!was.equals(now)) {
                changes.add(new PlanChange(ChangeKind.TASK_RESCHEDULED, label, Optional.of(before), after,
                        Optional.of(was), Optional.of(now)));
            }
            String by = assignments(first, task);
            String nowBy = assignments(second, other);
            if (!by.equals(nowBy)) {
                changes.add(new PlanChange(ChangeKind.TASK_REASSIGNED, label, Optional.of(before), after,
                        Optional.of(by), Optional.of(nowBy)));
            }
        }
        for (Task task : second.allTasks().toList()) {
            if (!secondToFirst.containsKey(task.id())) {
                changes.add(new PlanChange(ChangeKind.TASK_ADDED, ParentDraft.label(task), Optional.empty(),
                        Optional.of(Notes.taskPointer(second, task.id())), Optional.empty(), Optional.of(text(task))));
            }
        }
    }

    /** Whether the first plan cites the second as its parent: then the first's links name the second's tasks. */
    private static boolean cites(Plan first, Plan second) {
        Optional<DocumentReference> parent = first.parentPlan();
        return parent.isPresent() && parent.get().number().isPresent() && second.number().isPresent()
                && parent.get().number().get().sameDocument(second.number().get())
                && !second.parentPlan().flatMap(DocumentReference::number)
                        .filter(n -> first.number().filter(n::sameDocument).isPresent()).isPresent();
    }

    /** A task's words: its description, content and form, one space between words. */
    private static String text(Task task) {
        return String.join(" ", task.description().orElse(""), task.content().orElse(""), task.form().orElse(""))
                .replaceAll("\\s+", " ").strip();
    }

    /** A task's bodies and roles by name, sorted, so that two plans with different ids compare. */
    private static String assignments(Plan plan, Task task) {
        return task.assignments().stream().map(a -> a.role().label(Language.VI) + ": " + plan.actor(a.actorId())
                .map(Actor::fullName).orElse(a.actorId())).sorted().collect(Collectors.joining("; "));
    }

    private static void funding(Plan first, Plan second, List<PlanChange> changes) {
        compare("/funding/sources", first.funding().sources(), second.funding().sources(), FundingSource::id,
                source -> source.kind().code() + ": " + source.description(), ChangeKind.FUNDING_ADDED,
                ChangeKind.FUNDING_REMOVED, ChangeKind.FUNDING_CHANGED, changes);
        compare("/funding/budgetLines", first.funding().budgetLines(), second.funding().budgetLines(), BudgetLine::id,
                PlanDiffer::line, ChangeKind.FUNDING_ADDED, ChangeKind.FUNDING_REMOVED, ChangeKind.FUNDING_CHANGED,
                changes);
    }

    private static String line(BudgetLine line) {
        return line.item().code() + " " + line.amount() + (line.units() > 1 ? " × " + line.units() : "")
                + line.description().map(d -> " (" + d + ")").orElse("");
    }

    private static void references(Plan first, Plan second, List<PlanChange> changes) {
        compare("/references", first.references(), second.references(), PlanDiffer::referenceKey,
                PlanDiffer::describe, ChangeKind.REFERENCE_ADDED, ChangeKind.REFERENCE_REMOVED,
                ChangeKind.REFERENCE_CHANGED, changes);
    }

    /** A reference is the same document by its number; one without a number by its relation and id. */
    private static String referenceKey(DocumentReference reference) {
        return reference.number().map(n -> n.identityKey())
                .orElse(reference.relation() + " " + reference.id());
    }

    private static String describe(DocumentReference reference) {
        return reference.relation().name() + " " + Conventions.citation(reference)
                + reference.subject().map(s -> " " + s).orElse("");
    }

    private static void recipients(Plan first, Plan second, List<PlanChange> changes) {
        compare("/recipients", first.recipients(), second.recipients(),
                recipient -> recipient.name().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), Recipient::name,
                recipient -> recipient.name() + " " + recipient.purpose().label(Language.VI),
                ChangeKind.RECIPIENT_ADDED, ChangeKind.RECIPIENT_REMOVED, ChangeKind.RECIPIENT_CHANGED, changes);
    }

    /** Compares two lists of members by key: those only in the second, only in the first, and changed. */
    private static <T> void compare(String pointer, List<T> first, List<T> second, Function<T, String> key,
            Function<T, String> describe, ChangeKind added, ChangeKind removed, ChangeKind changed,
            List<PlanChange> changes) {
        compare(pointer, first, second, key, key, describe, added, removed, changed, changes);
    }

    /** As above, naming each change by {@code subject} (a recipient by its name as written, not its key). */
    private static <T> void compare(String pointer, List<T> first, List<T> second, Function<T, String> key,
            Function<T, String> subject, Function<T, String> describe, ChangeKind added, ChangeKind removed,
            ChangeKind changed, List<PlanChange> changes) {
        Map<String, Integer> inSecond = new LinkedHashMap<>();
        for (int i = 0; i < second.size(); i++) {
            inSecond.putIfAbsent(key.apply(second.get(i)), i);
        }
        Map<String, Integer> inFirst = new LinkedHashMap<>();
        for (int i = 0; i < first.size(); i++) {
            String k = key.apply(first.get(i));
            inFirst.putIfAbsent(k, i);
            Integer j = inSecond.get(k);
            String was = describe.apply(first.get(i));
            if (j == null) {
                changes.add(change(removed, subject.apply(first.get(i)), true, false, pointer + "/" + i, null, was, null));
            } else if (!was.equals(describe.apply(second.get(j)))) {
                changes.add(change(changed, subject.apply(first.get(i)), true, true, pointer + "/" + i, pointer + "/" + j, was,
                        describe.apply(second.get(j))));
            }
        }
        for (Map.Entry<String, Integer> entry : inSecond.entrySet()) {
            if (!inFirst.containsKey(entry.getKey())) {
                changes.add(change(added, subject.apply(second.get(entry.getValue())), false, true, null,
                        pointer + "/" + entry.getValue(), null,
                        describe.apply(second.get(entry.getValue()))));
            }
        }
    }

    private static PlanChange change(ChangeKind kind, String subject, boolean inFirst, boolean inSecond,
            String before, String after, String was, String now) {
        return new PlanChange(kind, subject,
                inFirst && before != null ? Optional.of(PlanPointer.parse(before)) : Optional.empty(),
                inSecond && after != null ? Optional.of(PlanPointer.parse(after)) : Optional.empty(),
                Optional.ofNullable(was), Optional.ofNullable(now));
    }
}
