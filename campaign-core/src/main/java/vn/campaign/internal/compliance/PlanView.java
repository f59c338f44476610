package vn.campaign.internal.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaign.model.Actor;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.DateRange;
import vn.campaign.model.Plan;
import vn.campaign.model.Role;
import vn.campaign.model.Section;
import vn.campaign.model.Task;

/**
 * A plan's tasks with their JSON Pointers, the actor of their nearest section that names one, and
 * their windows. Built once per plan and check, and shared by that check's rules; the windows are
 * computed when first asked for, so a view must stay on one thread. Not part of the API.
 */
final class PlanView {

    /** A task where it is. */
    record Located(Task task, String pointer, Optional<String> sectionActorId) {

        String at(String member) {
            return pointer + "/" + member;
        }

        String schedulePointer() {
            return task.schedule().isPresent() ? at("schedule") : pointer;
        }
    }

    private final Plan plan;
    private final List<Located> tasks = new ArrayList<>();
    private final Map<String, Located> byId = new HashMap<>();
    /** The windows asked for so far: the timing and festival rules ask for each task's several times. */
    private final Map<Task, Optional<DateRange>> windows = new IdentityHashMap<>();

    PlanView(Plan plan) {
        this.plan = plan;
        walk(plan.sections(), "/sections", Optional.empty());
    }

    private void walk(List<Section> sections, String base, Optional<String> actorId) {
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            String pointer = base + "/" + i;
            Optional<String> actor = section.actorId().isPresent() ? section.actorId() : actorId;
            for (int j = 0; j < section.tasks().size(); j++) {
                Located located = new Located(section.tasks().get(j), pointer + "/tasks/" + j, actor);
                tasks.add(located);
                byId.putIfAbsent(located.task().id(), located);
            }
            walk(section.subsections(), pointer + "/subsections", actor);
        }
    }

    Plan plan() {
        return plan;
    }

    List<Located> tasks() {
        return tasks;
    }

    Optional<Located> task(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The span of a task's schedule in its plan: from the first to the last day it resolves to; the
     * whole plan period for a task without a schedule; empty when the schedule has no day in the period.
     */
    Optional<DateRange> window(Task task) {
        Optional<DateRange> window = windows.get(task);
        if (window == null) {
            window = resolveWindow(task);
            windows.put(task, window);
        }
        return window;
    }

    private Optional<DateRange> resolveWindow(Task task) {
        if (task.schedule().isEmpty()) {
            return Optional.of(plan.period());
        }
        List<DateRange> ranges = task.schedule().get().resolve(plan.period());
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DateRange.of(ranges.get(0).start(), ranges.get(ranges.size() - 1).end()));
    }

    /**
     * Whether a task is addressed to a level: its section's actor, or an actor that leads, takes part in
     * or guides it, is of that level, or stands for every level ("các cấp") and the level is below the
     * plan's own.
     */
    boolean addressedTo(Located located, AdministrativeLevel level) {
        List<String> actorIds = new ArrayList<>();
        located.sectionActorId().ifPresent(actorIds::add);
        for (Assignment assignment : located.task().assignments()) {
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
