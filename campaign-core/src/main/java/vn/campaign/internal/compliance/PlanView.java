package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.finding.PlanPointer;
import vn.campaign.internal.plan.Part;
import vn.campaign.internal.plan.PlanIndex;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.DateRange;
import vn.campaign.model.Plan;
import vn.campaign.model.Role;
import vn.campaign.model.Section;
import vn.campaign.model.Task;

/**
 * A plan's index of parts ({@link PlanIndex}) with what the compliance rules ask of its tasks: their
 * windows and the levels they are addressed to. Built once per plan and check, and shared by that
 * check's rules; the windows are computed when first asked for, so a view must stay on one thread.
 * Not part of the API.
 */
final class PlanView {

    private final PlanIndex index;
    /** The tasks with their wording, computed when first asked for. */
    private List<TaskMatcher.Item> items;
    /** The windows asked for so far: the timing and festival rules ask for each task's several times. */
    private final Map<Task, Optional<DateRange>> windows = new IdentityHashMap<>();

    /** Set by {@link #complete()}: nothing is added to {@link #windows} any more. */
    private boolean complete;

    PlanView(Plan plan) {
        this.index = PlanIndex.of(plan);
    }

    /**
     * Builds everything this view would build when first asked for (the index's look-ups, the
     * matcher's items, every task's window), so that, published under a lock, it can be read by the
     * checks of several children on several threads; a window asked for a task not of this plan is
     * then computed each time instead of kept.
     *
     * @return this view
     */
    PlanView complete() {
        index.duplicates();
        items();
        for (Part<Task> task : index.tasks()) {
            window(task.value());
        }
        complete = true;
        return this;
    }

    Plan plan() {
        return index.plan();
    }

    List<Part<Task>> tasks() {
        return index.tasks();
    }

    Optional<Part<Task>> task(String id) {
        return index.task(id);
    }

    /** The tasks with what task matching needs of them, in document order. */
    List<TaskMatcher.Item> items() {
        if (items == null) {
            items = TaskMatcher.items(this);
        }
        return items;
    }

    /** Where a task's schedule is, or the task itself when it has none. */
    static PlanPointer schedulePointer(Part<Task> task) {
        return task.value().schedule().isPresent() ? task.at("schedule") : task.pointer();
    }

    /**
     * The span of a task's schedule in its plan: from the first to the last day it resolves to; the
     * whole plan period for a task without a schedule; empty when the schedule has no day in the period.
     */
    Optional<DateRange> window(Task task) {
        Optional<DateRange> window = windows.get(task);
        if (window == null) {
            window = resolveWindow(task);
            if (!complete) {
                windows.put(task, window);
            }
        }
        return window;
    }

    private Optional<DateRange> resolveWindow(Task task) {
        Plan plan = index.plan();
        if (task.schedule().isEmpty()) {
            return Optional.of(plan.period());
        }
        List<DateRange> ranges = task.schedule().get().resolve(plan.period());
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
    }

    /** The actor of the nearest section around a task that names one. */
    private static Optional<String> sectionActorId(Part<Task> task) {
        Optional<Part<Section>> section = task.section();
        while (section.isPresent()) {
            if (section.get().value().actorId().isPresent()) {
                return section.get().value().actorId();
            }
            section = section.get().section();
        }
        return Optional.empty();
    }

    /**
     * Whether a task is addressed to a level: its section's actor, or an actor that leads, takes part in
     * or guides it, is of that level, or stands for every level ("các cấp") and the level is below the
     * plan's own.
     */
    boolean addressedTo(Part<Task> located, AdministrativeLevel level) {
        Plan plan = index.plan();
        List<String> actorIds = new ArrayList<>();
        sectionActorId(located).ifPresent(actorIds::add);
        for (Assignment assignment : located.value().assignments()) {
            if (assignment.role() != Role.COORDINATE) {
                actorIds.add(assignment.actorId());
            }
        }
        Optional<AdministrativeLevel> own = plan.level();
        for (String id : actorIds) {
            Optional<Actor> actor = plan.actor(id);
            if (actor.isEmpty()) {
                continue;
            }
            if (actor.get().level().equals(Optional.of(level))) {
                return true;
            }
            if (actor.get().level().isEmpty() && actor.get().plural() && own.map(o -> o.isAbove(level)).orElse(true)) {
                return true;
            }
        }
        return false;
    }
}
