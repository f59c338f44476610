package vn.campaign.internal.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.model.Actor;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.FundingSource;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Task;
import vn.campaign.validation.FindingCode;

/**
 * The one pass over a plan: every actor, reference, section, task, funding source and budget line
 * with its JSON Pointer, in document order, and the first of each id. Reports {@code DUPLICATE_ID}
 * as it goes, at the second use of an id. One per validation; not modified after it is built. Not part
 * of the API.
 */
public final class PlanIndex {

    private final Plan plan;
    private final List<Located<Actor>> actors = new ArrayList<>();
    private final List<Located<DocumentReference>> references = new ArrayList<>();
    private final List<Located<Section>> sections = new ArrayList<>();
    private final List<Located<Task>> tasks = new ArrayList<>();
    private final List<Located<FundingSource>> sources = new ArrayList<>();
    private final List<Located<BudgetLine>> budgetLines = new ArrayList<>();
    private final Map<String, Located<Actor>> actorsById = new HashMap<>();
    private final Map<String, Located<DocumentReference>> referencesById = new HashMap<>();
    private final Map<String, Located<Section>> sectionsById = new HashMap<>();
    private final Map<String, Located<Task>> tasksById = new HashMap<>();
    private final Map<String, Located<FundingSource>> sourcesById = new HashMap<>();
    private final Map<String, Located<BudgetLine>> budgetLinesById = new HashMap<>();

    private PlanIndex(Plan plan) {
        this.plan = plan;
    }

    /**
     * Indexes a plan.
     *
     * @param plan the plan, not null
     * @param findings where {@code DUPLICATE_ID} goes, not null
     * @return the index, never null
     */
    public static PlanIndex of(Plan plan, Findings findings) {
        PlanIndex index = new PlanIndex(plan);
        for (int i = 0; i < plan.actors().size(); i++) {
            Actor actor = plan.actors().get(i);
            put(index.actors, index.actorsById, actor.id(), actor, "/actors/" + i, findings);
        }
        for (int i = 0; i < plan.references().size(); i++) {
            DocumentReference reference = plan.references().get(i);
            put(index.references, index.referencesById, reference.id(), reference, "/references/" + i,
                    findings);
        }
        index.addSections(plan.sections(), "/sections", findings);
        for (int i = 0; i < plan.funding().sources().size(); i++) {
            FundingSource source = plan.funding().sources().get(i);
            put(index.sources, index.sourcesById, source.id(), source, "/funding/sources/" + i, findings);
        }
        for (int i = 0; i < plan.funding().budgetLines().size(); i++) {
            BudgetLine line = plan.funding().budgetLines().get(i);
            put(index.budgetLines, index.budgetLinesById, line.id(), line, "/funding/budgetLines/" + i,
                    findings);
        }
        return index;
    }

    private void addSections(List<Section> list, String base, Findings findings) {
        for (int i = 0; i < list.size(); i++) {
            Section section = list.get(i);
            String pointer = base + "/" + i;
            put(sections, sectionsById, section.id(), section, pointer, findings);
            for (int j = 0; j < section.tasks().size(); j++) {
                Task task = section.tasks().get(j);
                put(tasks, tasksById, task.id(), task, pointer + "/tasks/" + j, findings);
            }
            addSections(section.subsections(), pointer + "/subsections", findings);
        }
    }

    private static <T> void put(List<Located<T>> all, Map<String, Located<T>> byId, String id, T value,
            String pointer, Findings findings) {
        Located<T> located = new Located<>(value, pointer);
        all.add(located);
        Located<T> first = byId.putIfAbsent(id, located);
        if (first != null) {
            findings.add(FindingCode.DUPLICATE_ID, located.at("id"), id, first.pointer());
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
    public List<Located<Actor>> actors() {
        return Collections.unmodifiableList(actors);
    }

    /**
     * Returns the references in document order.
     *
     * @return the references, unmodifiable
     */
    public List<Located<DocumentReference>> references() {
        return Collections.unmodifiableList(references);
    }

    /**
     * Returns every section and subsection, depth first, in document order.
     *
     * @return the sections, unmodifiable
     */
    public List<Located<Section>> sections() {
        return Collections.unmodifiableList(sections);
    }

    /**
     * Returns every task, in document order.
     *
     * @return the tasks, unmodifiable
     */
    public List<Located<Task>> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /**
     * Returns the funding sources in document order.
     *
     * @return the sources, unmodifiable
     */
    public List<Located<FundingSource>> sources() {
        return Collections.unmodifiableList(sources);
    }

    /**
     * Returns the budget lines in document order.
     *
     * @return the lines, unmodifiable
     */
    public List<Located<BudgetLine>> budgetLines() {
        return Collections.unmodifiableList(budgetLines);
    }

    /**
     * Returns the first actor with an id.
     *
     * @param id the id, not null
     * @return the actor, or empty
     */
    public Optional<Located<Actor>> actor(String id) {
        return Optional.ofNullable(actorsById.get(id));
    }

    /**
     * Returns whether a reference has an id.
     *
     * @param id the id, not null
     * @return true if a reference has it
     */
    public boolean hasReference(String id) {
        return referencesById.containsKey(id);
    }

    /**
     * Returns whether a section has an id.
     *
     * @param id the id, not null
     * @return true if a section has it
     */
    public boolean hasSection(String id) {
        return sectionsById.containsKey(id);
    }

    /**
     * Returns whether a task has an id.
     *
     * @param id the id, not null
     * @return true if a task has it
     */
    public boolean hasTask(String id) {
        return tasksById.containsKey(id);
    }

    /**
     * Returns whether a funding source has an id.
     *
     * @param id the id, not null
     * @return true if a source has it
     */
    public boolean hasSource(String id) {
        return sourcesById.containsKey(id);
    }

    /**
     * Returns the issuing actor.
     *
     * @return the first actor with the plan's issuer id, or empty
     */
    public Optional<Actor> issuer() {
        return actor(plan.issuerId()).map(Located::value);
    }
}
