package vn.campaign.internal.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.campaign.model.Actor;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Task;

/**
 * The one index of a plan's parts that validation and compliance share: every actor, reference,
 * section, task, funding source and budget line as a {@link Part}, which knows where it is, in
 * document order; and the first part of each kind with an id. Building it walks the plan once and
 * builds no pointer; the look-ups by id are built when first used, each once, under the index's
 * lock, and published whole, so that an index can be read by several threads (a parent plan's, read
 * by the checks of its children). Not part of the API.
 */
public final class PlanIndex {

    private static final String[] ACTORS = {"actors"};
    private static final String[] REFERENCES = {"references"};
    private static final String[] SECTIONS = {"sections"};
    private static final String[] SUBSECTIONS = {"subsections"};
    private static final String[] TASKS = {"tasks"};
    private static final String[] SOURCES = {"funding", "sources"};
    private static final String[] BUDGET_LINES = {"funding", "budgetLines"};

    /**
     * A second part of one kind with the id of an earlier one.
     *
     * @param part the later part
     * @param id the id they share
     * @param first the first part with the id
     */
    public record Duplicate(Part<?> part, String id, Part<?> first) {
    }

    private final Plan plan;
    private final List<Part<Section>> sections = new ArrayList<>();
    private final List<Part<Task>> tasks = new ArrayList<>();
    private final Lookup<Actor> actorsById;
    private final Lookup<DocumentReference> referencesById;
    private final Lookup<Section> sectionsById;
    private final Lookup<Task> tasksById;
    private final Lookup<FundingSource> sourcesById;
    private final Lookup<BudgetLine> budgetLinesById;
    /** The duplicates found so far, by the look-ups built; null while there is none. Guarded by this index. */
    private List<Duplicate> duplicates;

    private PlanIndex(Plan plan) {
        this.plan = plan;
        addSections(plan.sections(), null);
        // Sections and tasks are walked now, every check asks for them; the other parts, which
        // compliance's view of a plan never asks for, when first asked for.
        this.actorsById = new Lookup<>(Plan::actors, ACTORS, Actor::id);
        this.referencesById = new Lookup<>(Plan::references, REFERENCES, DocumentReference::id);
        this.sectionsById = new Lookup<>(sections, Section::id);
        this.tasksById = new Lookup<>(tasks, Task::id);
        this.sourcesById = new Lookup<>(PlanIndex::sources, SOURCES, FundingSource::id);
        this.budgetLinesById = new Lookup<>(PlanIndex::budgetLines, BUDGET_LINES, BudgetLine::id);
    }

    /**
     * Indexes a plan.
     *
     * @param plan the plan, not null
     * @return the index, never null
     */
    public static PlanIndex of(Plan plan) {
        return new PlanIndex(plan);
    }

    private static <T> List<Part<T>> parts(List<T> values, String[] array) {
        List<Part<T>> parts = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            parts.add(new Part<>(values.get(i), null, array, i, i));
        }
        return parts;
    }

    private void addSections(List<Section> list, Part<Section> parent) {
        for (int i = 0; i < list.size(); i++) {
            Part<Section> section = new Part<>(list.get(i), parent, parent == null ? SECTIONS : SUBSECTIONS, i,
                    sections.size());
            sections.add(section);
            List<Task> sectionTasks = section.value().tasks();
            for (int j = 0; j < sectionTasks.size(); j++) {
                tasks.add(new Part<>(sectionTasks.get(j), section, TASKS, j, tasks.size()));
            }
            addSections(section.value().subsections(), section);
        }
    }

    /**
     * Returns the plan.
     *
     * @return the plan
     */
    public Plan plan() {
        return plan;
    }

    /**
     * Returns the actors in document order.
     *
     * @return the actors, unmodifiable
     */
    public List<Part<Actor>> actors() {
        return Collections.unmodifiableList(actorsById.parts());
    }

    /**
     * Returns the references in document order.
     *
     * @return the references, unmodifiable
     */
    public List<Part<DocumentReference>> references() {
        return Collections.unmodifiableList(referencesById.parts());
    }

    /**
     * Returns every section and subsection, depth first, in document order.
     *
     * @return the sections, unmodifiable
     */
    public List<Part<Section>> sections() {
        return Collections.unmodifiableList(sections);
    }

    /**
     * Returns every task, in document order.
     *
     * @return the tasks, unmodifiable
     */
    public List<Part<Task>> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /**
     * Returns the funding sources in document order.
     *
     * @return the sources, unmodifiable
     */
    public List<Part<FundingSource>> sources() {
        return Collections.unmodifiableList(sourcesById.parts());
    }

    /**
     * Returns the budget lines in document order.
     *
     * @return the lines, unmodifiable
     */
    public List<Part<BudgetLine>> budgetLines() {
        return Collections.unmodifiableList(budgetLinesById.parts());
    }

    /**
     * Returns the first actor with an id.
     *
     * @param id the id, not null
     * @return the actor, or empty
     */
    public Optional<Part<Actor>> actor(String id) {
        return Optional.ofNullable(actorsById.get().get(id));
    }

    /**
     * Returns whether an actor has an id.
     *
     * @param id the id, not null
     * @return true if an actor has it
     */
    public boolean hasActor(String id) {
        return actorsById.get().containsKey(id);
    }

    /**
     * Returns the first task with an id, or null (rather than an {@code Optional}: it is asked for
     * every link of every plan).
     *
     * @param id the id, not null
     * @return the task, or null
     */
    public Part<Task> taskOrNull(String id) {
        return tasksById.get().get(id);
    }

    /**
     * Returns whether a reference has an id.
     *
     * @param id the id, not null
     * @return true if a reference has it
     */
    public boolean hasReference(String id) {
        return referencesById.get().containsKey(id);
    }

    /**
     * Returns whether a section has an id.
     *
     * @param id the id, not null
     * @return true if a section has it
     */
    public boolean hasSection(String id) {
        return sectionsById.get().containsKey(id);
    }

    /**
     * Returns whether a task has an id.
     *
     * @param id the id, not null
     * @return true if a task has it
     */
    public boolean hasTask(String id) {
        return tasksById.get().containsKey(id);
    }

    /**
     * Returns whether a funding source has an id.
     *
     * @param id the id, not null
     * @return true if a source has it
     */
    public boolean hasSource(String id) {
        return sourcesById.get().containsKey(id);
    }

    /**
     * Returns the issuing actor.
     *
     * @return the first actor with the plan's issuer id, or empty
     */
    public Optional<Actor> issuer() {
        return actor(plan.issuerId()).map(Part::value);
    }

    /**
     * Returns every later part of a kind with the id of an earlier part of that kind: actors,
     * references, sections, tasks, funding sources and budget lines each have their own ids.
     *
     * @return the duplicates, each kind's in document order; unmodifiable
     */
    public List<Duplicate> duplicates() {
        actorsById.get();
        referencesById.get();
        sectionsById.get();
        tasksById.get();
        sourcesById.get();
        budgetLinesById.get();
        synchronized (this) {
            return duplicates == null ? List.of() : List.copyOf(duplicates);
        }
    }

    private static List<FundingSource> sources(Plan plan) {
        return plan.funding().sources();
    }

    private static List<BudgetLine> budgetLines(Plan plan) {
        return plan.funding().budgetLines();
    }

    /**
     * The parts of one kind, and those parts by id: each built when first asked for, once, under the
     * index's lock (building the look-up records its duplicates), and published whole through a
     * volatile field.
     */
    private final class Lookup<T> {
        private final Function<Plan, List<T>> values;
        private final String[] array;
        private final Function<T, String> id;
        private volatile List<Part<T>> parts;
        private volatile Map<String, Part<T>> byId;

        /** Parts already walked (sections, tasks). */
        Lookup(List<Part<T>> parts, Function<T, String> id) {
            this(null, null, id);
            this.parts = parts;
        }

        /** Parts of a list of the plan, walked when first asked for. */
        Lookup(Function<Plan, List<T>> values, String[] array, Function<T, String> id) {
            this.values = values;
            this.array = array;
            this.id = id;
        }

        List<Part<T>> parts() {
            List<Part<T>> built = parts;
            if (built == null) {
                synchronized (PlanIndex.this) {
                    built = parts;
                    if (built == null) {
                        built = PlanIndex.parts(values.apply(plan), array);
                        parts = built;
                    }
                }
            }
            return built;
        }

        Map<String, Part<T>> get() {
            Map<String, Part<T>> built = byId;
            if (built == null) {
                List<Part<T>> all = parts();
                synchronized (PlanIndex.this) {
                    built = byId;
                    if (built == null) {
                        built = byId(all, id);
                        byId = built;
                    }
                }
            }
            return built;
        }
    }

    /** Called under the index's lock. */
    private <T> Map<String, Part<T>> byId(List<Part<T>> parts, Function<T, String> id) {
        Map<String, Part<T>> byId = new HashMap<>(parts.size() * 2);
        for (Part<T> part : parts) {
            Part<T> first = byId.putIfAbsent(id.apply(part.value()), part);
            if (first != null) {
                if (duplicates == null) {
                    duplicates = new ArrayList<>(2);
                }
                duplicates.add(new Duplicate(part, id.apply(part.value()), first));
            }
        }
        return byId;
    }
}
