package vn.campaign.draft;

import java.util.ArrayList;
import java.util.List;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.Task;

/**
 * The notes of one draft as they are made, each at a pointer or at a task whose place is known only
 * once the plan is built. Not thread-safe; one per draft. Not part of the API.
 */
final class Notes {

    /** A note whose place is a pointer or a task id. */
    private record Pending(DraftNoteCode code, String pointer, String taskId, List<String> arguments) {
    }

    private final List<Pending> pending = new ArrayList<>();

    /** A note about the member at a pointer ("/number", "/recipients"). */
    void at(String pointer, DraftNoteCode code, String... arguments) {
        pending.add(new Pending(code, pointer, null, List.of(arguments)));
    }

    /** A note about a task, placed once the plan is built. */
    void task(String taskId, DraftNoteCode code, String... arguments) {
        pending.add(new Pending(code, null, taskId, List.of(arguments)));
    }

    /** The notes, each with its pointer in the plan (the root for a task no longer in it). */
    List<DraftNote> resolve(Plan plan) {
        List<DraftNote> notes = new ArrayList<>(pending.size());
        for (Pending note : pending) {
            PlanPointer pointer = note.pointer() != null ? PlanPointer.parse(note.pointer())
                    : taskPointer(plan, note.taskId());
            notes.add(new DraftNote(note.code(), pointer, note.arguments()));
        }
        return notes;
    }

    /** Where a task is in a plan: {@code /sections/i/subsections/j/tasks/k}; the root when absent. */
    static PlanPointer taskPointer(Plan plan, String taskId) {
        for (int i = 0; i < plan.sections().size(); i++) {
            PlanPointer found = find(plan.sections().get(i), PlanPointer.of("sections", String.valueOf(i)), taskId);
            if (found != null) {
                return found;
            }
        }
        return PlanPointer.root();
    }

    private static PlanPointer find(Section section, PlanPointer at, String taskId) {
        List<Task> tasks = section.tasks();
        for (int k = 0; k < tasks.size(); k++) {
            if (tasks.get(k).id().equals(taskId)) {
                return at.child("tasks").child(String.valueOf(k));
            }
        }
        for (int j = 0; j < section.subsections().size(); j++) {
            PlanPointer found = find(section.subsections().get(j), at.child("subsections").child(String.valueOf(j)),
                    taskId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
