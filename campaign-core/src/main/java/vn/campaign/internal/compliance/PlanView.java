package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.List;
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
 * windows, their wording for task matching and the levels they are addressed to. Built once per plan
 * and check and shared by that check's rules, or, for an open plan of a cascade, by the checks of the
 * plan and of all its children. Thread-safe: what is computed when first asked for (the index's
 * look-ups, the tasks' wording, their windows) is computed once, under a lock, and published whole;
 * a plan whose children are never checked, or whose tasks are all linked, never computes its wording.
 * Not part of the API.
 */
final class PlanView {

    private final PlanIndex index;
    /** The index's tasks, kept: the index wraps them on each call. */
    private final List<Part<Task>> tasks;
    /** The tasks with their wording, computed when first asked for. */
    private volatile List<TaskMatcher.Item> items;
    /** Every task's window, by its position in {@link #tasks()}; computed together when the first is asked for. */
    private volatile Optional<DateRange>[] windows;

    PlanView(Plan plan) {
        this.index = PlanIndex.of(plan);
        this.tasks = index.tasks();
    }

    Plan plan() {
        return index.plan();
    }

    List<Part<Task>> tasks() {
        return tasks;
    }

    /** The first task with an id, or null. */
    Part<Task> taskOrNull(String id) {
        return index.taskOrNull(id);
    }

    /** The tasks with what task matching needs of them, in document order. */
    List<TaskMatcher.Item> items() {
        List<TaskMatcher.Item> built = items;
        if (built == null) {
            synchronized (this) {
                built = items;
                if (built == null) {
                    built = TaskMatcher.items(this);
                    items = built;
                }
            }
        }
        return built;
    }

    /** Where a task's schedule is, or the task itself when it has none. */
    static PlanPointer schedulePointer(Part<Task> task) {
        return task.value().schedule().isPresent() ? task.at("schedule") : task.pointer();
    }

    /**
     * The span of a task's schedule in its plan: from the first to the last day it resolves to; the
     * whole plan period for a task without a schedule; empty when the schedule has no day in the period.
     *
     * @param task a task of this view's plan, from {@link #tasks()} or {@link #taskOrNull(String)}
     */
    Optional<DateRange> window(Part<Task> task) {
        Optional<DateRange>[] built = windows;
        if (built == null) {
            synchronized (this) {
                built = windows;
                if (built == null) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Optional<DateRange>[] all = new Optional[tasks.size()];
                    for (int i = 0; i < all.length; i++) {
                        all[i] = resolveWindow(tasks.get(i).value());
                    }
                    built = all;
                    windows = built;
                }
            }
        }
        if (tasks.get(task.ordinal()) != task) {
            throw new IllegalArgumentException("Not a task of this plan: " + task);
        }
        return built[task.ordinal()];
    }

    private Optional<DateRange> resolveWindow(Task task) {
        Plan plan = index.plan();
        return task.schedule().isEmpty() ? Optional.of(plan.period()) : task.schedule().get().span(plan.period());
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
