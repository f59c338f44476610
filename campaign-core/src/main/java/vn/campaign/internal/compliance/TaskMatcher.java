package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.campaign.compliance.TaskMatch;
import vn.campaign.compliance.TaskMatch.Basis;
import vn.campaign.compliance.TaskMatch.Candidate;
import vn.campaign.compliance.TaskMatch.Coverage;
import vn.campaign.finding.PlanPointer;
import vn.campaign.internal.plan.Part;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Language;
import vn.campaign.model.NotApplicable;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.TaskLink;
import vn.campaign.text.Graphemes;

/**
 * Pairs the tasks a parent plan addresses to a child's level with the child's tasks, by evidence:
 * an explicit link, a not-applicable declaration, the task kind, the wording. See {@link TaskMatch}
 * for the bases and the verdicts; the thresholds are here.
 *
 * <p>Each task's wording is computed once per check ({@link Item}); a pairing costs a comparison of
 * two small word sets. Stateless and thread-safe. Not part of the API.
 */
public final class TaskMatcher {

    /** Wording that shares at least this much, with a matching kind, pairs two tasks for sure. */
    static final double WORDING_WITH_KIND = 0.12;
    /** Wording that shares at least this much pairs two tasks of different kinds, weakly. */
    static final double WORDING_ALONE = 0.4;
    /** Candidates listed in a row, at most. */
    private static final int MAX_CANDIDATES = 3;
    /** Quoted words of a task, at most, in characters. */
    static final int MAX_LABEL = 60;
    /**
     * Kinds too general to pair two tasks on their own: almost every plan has tasks of them about
     * different things (inferred from the Kon Rẫy plan and its parent).
     */
    private static final Set<TaskKind> GENERAL = EnumSet.of(TaskKind.OTHER, TaskKind.COORDINATION,
            TaskKind.PLANNING, TaskKind.GUIDANCE, TaskKind.CONFERENCE);

    private TaskMatcher() {
    }

    /**
     * A task with what the matching needs of it, computed once per plan and check.
     *
     * @param task the task
     * @param pointer its JSON Pointer
     * @param label its heading or first words
     * @param wording the meaningful words of its heading and text
     */
    record Item(Task task, PlanPointer pointer, String label, Wording wording) {
    }

    /**
     * Returns a plan's tasks as items, in document order.
     *
     * @param view the plan's view, not null
     * @return the items, never null
     */
    static List<Item> items(PlanView view) {
        List<Item> items = new ArrayList<>(view.tasks().size());
        for (Part<Task> part : view.tasks()) {
            Task task = part.value();
            // A subsection of one task is that task's title ("4.1. Ngày hội Đại đoàn kết toàn dân
            // tộc"); a heading over several tasks, or a part of the plan ("II. NỘI DUNG"), is not.
            Optional<String> title = part.section().filter(section -> section.section().isPresent())
                    .map(Part::value).filter(section -> section.tasks().size() == 1 && !section.heading().isBlank())
                    .map(Section::heading);
            String text = String.join(" ", task.description().orElse(""), task.content().orElse(""),
                    task.form().orElse(""));
            String label = label(title.orElse(task.description().or(task::content).or(task::form)
                    .orElse(task.mainKind().label(Language.VI))));
            items.add(new Item(task, part.pointer(), label,
                    Wording.of(title.map(heading -> heading + " ").orElse("") + text)));
        }
        return items;
    }

    /**
     * Returns the coverage table of a child plan against its parent: a row for every task of the
     * parent that the parent addresses to the child's level, in the parent's order.
     *
     * @param child the child plan's view, not null
     * @param parent the parent plan's view, not null
     * @param referenceId the id of the child's reference to the parent, not null
     * @param level the child's level, not null
     * @return the rows, never null
     */
    static List<TaskMatch> table(PlanView child, PlanView parent, String referenceId, AdministrativeLevel level) {
        List<Item> parentItems = parent.items();
        List<Item> childItems = child.items();
        List<TaskMatch> rows = new ArrayList<>();
        for (int i = 0; i < parentItems.size(); i++) {
            Item item = parentItems.get(i);
            if (parent.addressedTo(parent.tasks().get(i), level)) {
                rows.add(match(item, childItems, referenceId,
                        declaredNotApplicable(child.plan(), referenceId, item)));
            }
        }
        return rows;
    }

    /**
     * Returns the rows of the parent's tasks that the coverage rule must still pair: addressed to the
     * child's level, not optional, and neither linked nor declared not applicable ({@code covered}).
     * The wording of the two plans is computed only when there is such a task, so a plan whose tasks
     * all carry links (as generated cascades do) costs no comparison of words.
     *
     * @param child the child plan's view, not null
     * @param parent the parent plan's view, not null
     * @param referenceId the id of the child's reference to the parent, not null
     * @param level the child's level, not null
     * @param covered by position in the parent's tasks, whether a link or declaration covers the
     *     parent's first task with that task's id; not null
     * @return the rows, in the parent's order, never null
     */
    static List<TaskMatch> unmatched(PlanView child, PlanView parent, String referenceId, AdministrativeLevel level,
            boolean[] covered) {
        List<TaskMatch> rows = new ArrayList<>();
        List<Part<Task>> tasks = parent.tasks();
        for (int i = 0; i < tasks.size(); i++) {
            Task task = tasks.get(i).value();
            if (!task.optional() && !covered[first(parent, tasks.get(i))] && parent.addressedTo(tasks.get(i), level)) {
                rows.add(match(parent.items().get(i), child.items(), referenceId, false));
            }
        }
        return rows;
    }

    /** The position of a plan's first task with the id of a task: the task's own unless an earlier one has its id. */
    private static int first(PlanView view, Part<Task> task) {
        Part<Task> first = view.taskOrNull(task.value().id());
        return first != null ? first.ordinal() : task.ordinal();
    }

    /**
     * Returns the coverage table of a child plan against its parent, each built for this call alone;
     * for an application's "coverage table" of one pair.
     *
     * @param child the child plan, not null
     * @param parent the parent plan, not null
     * @param referenceId the id of the child's reference to the parent, not null
     * @param level the child's level, not null
     * @return the rows, never null
     */
    public static List<TaskMatch> table(Plan child, Plan parent, String referenceId, AdministrativeLevel level) {
        return table(new PlanView(child), new PlanView(parent), referenceId, level);
    }

    /**
     * Returns every task of one plan paired with the tasks of another, whatever their levels: the
     * correspondence of two revisions of a plan, of this year's and last year's, or of a child and its
     * parent.
     *
     * @param from the plan whose tasks are the rows, not null
     * @param to the plan whose tasks are the candidates, not null
     * @param referenceId the id of {@code to}'s reference to {@code from}, for its links; not null
     * @return a row per task of {@code from}, in its order, never null
     */
    public static List<TaskMatch> correspondence(Plan from, Plan to, String referenceId) {
        List<Item> rows = new PlanView(from).items();
        List<Item> candidates = new PlanView(to).items();
        List<TaskMatch> result = new ArrayList<>(rows.size());
        for (Item row : rows) {
            result.add(match(row, candidates, referenceId, false));
        }
        return result;
    }

    /**
     * Returns the ids of the tasks a plan addresses to a level, in the plan's order (see
     * {@link PlanView#addressedTo}).
     *
     * @param plan the plan, not null
     * @param level the level, not null
     * @return the ids, never null
     */
    public static List<String> addressedTo(Plan plan, AdministrativeLevel level) {
        PlanView view = new PlanView(plan);
        List<String> ids = new ArrayList<>();
        for (Part<Task> task : view.tasks()) {
            if (view.addressedTo(task, level)) {
                ids.add(task.value().id());
            }
        }
        return ids;
    }

    private static boolean declaredNotApplicable(Plan child, String referenceId, Item item) {
        for (NotApplicable declaration : child.notApplicable()) {
            if (declaration.referenceId().equals(referenceId) && declaration.taskId().equals(item.task().id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Pairs one parent task with the child's tasks.
     *
     * @param parent the parent's task
     * @param children the child's tasks
     * @param referenceId the id of the child's reference to the parent
     * @param notApplicable whether the child declares the parent's task not applicable
     * @return the row, never null
     */
    static TaskMatch match(Item parent, List<Item> children, String referenceId, boolean notApplicable) {
        List<Candidate> linked = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Item child : children) {
            if (links(child.task(), referenceId, parent.task().id())) {
                linked.add(new Candidate(child.task().id(), child.pointer(), Basis.LINKED, 1));
                continue;
            }
            double kind = kindScore(parent.task(), child.task());
            double wording = parent.wording().similarity(child.wording());
            if (kind > 0 && wording >= WORDING_WITH_KIND) {
                candidates.add(new Candidate(child.task().id(), child.pointer(), Basis.KIND_AND_WORDING,
                        0.5 * kind + 0.5 * wording));
            } else if (kind > 0) {
                candidates.add(new Candidate(child.task().id(), child.pointer(), Basis.KIND_ONLY, 0.5 * kind));
            } else if (wording >= WORDING_ALONE) {
                candidates.add(new Candidate(child.task().id(), child.pointer(), Basis.WORDING, 0.5 * wording));
            }
        }
        String id = parent.task().id();
        if (!linked.isEmpty()) {
            return new TaskMatch(id, parent.pointer(), parent.label(), Coverage.COVERED, Basis.LINKED, 1, linked);
        }
        if (notApplicable) {
            return new TaskMatch(id, parent.pointer(), parent.label(), Coverage.COVERED, Basis.NOT_APPLICABLE, 1,
                    List.of());
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> best = candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()));
        if (best.isEmpty()) {
            return new TaskMatch(id, parent.pointer(), parent.label(), Coverage.NOT_COVERED, Basis.NONE, 0, best);
        }
        Candidate top = best.get(0);
        return new TaskMatch(id, parent.pointer(), parent.label(), verdict(parent.task(), top), top.basis(),
                top.score(), best);
    }

    /**
     * A pairing by kind and wording covers; so does one by kind alone where the kind is specific (a
     * festival, a training) and is the parent's main kind in the child's task; anything weaker asks
     * for a link.
     */
    private static Coverage verdict(Task parent, Candidate top) {
        switch (top.basis()) {
            case KIND_AND_WORDING:
                return Coverage.COVERED;
            case KIND_ONLY:
                return top.score() >= 0.4 && !GENERAL.contains(parent.mainKind()) ? Coverage.COVERED : Coverage.WEAK;
            default:
                return Coverage.WEAK;
        }
    }

    private static boolean links(Task task, String referenceId, String taskId) {
        for (TaskLink link : task.implementsTasks()) {
            if (link.referenceId().equals(referenceId) && link.taskId().equals(taskId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * How well the kinds agree: 1 for the same main kind, 0.8 when the child's task has the parent's
     * main kind among its kinds, 0.6 when the parent's task has the child's main kind, 0.4 for any
     * other shared kind, 0 for none. {@link TaskKind#OTHER} is no evidence.
     */
    static double kindScore(Task parent, Task child) {
        TaskKind main = parent.mainKind();
        if (main != TaskKind.OTHER && child.mainKind() == main) {
            return 1;
        }
        if (main != TaskKind.OTHER && child.is(main)) {
            return 0.8;
        }
        if (child.mainKind() != TaskKind.OTHER && parent.is(child.mainKind())) {
            return 0.6;
        }
        for (TaskKind kind : parent.kinds()) {
            if (kind != TaskKind.OTHER && child.is(kind)) {
                return 0.4;
            }
        }
        return 0;
    }

    /**
     * The first words of a text, on one line, at most {@link #MAX_LABEL} characters, cut between words
     * and never inside a character.
     */
    static String label(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= MAX_LABEL) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LABEL - 1);
        if (cut <= 0) {
            cut = Graphemes.boundary(line, MAX_LABEL - 1);
        }
        return line.substring(0, cut).strip() + "…";
    }
}
