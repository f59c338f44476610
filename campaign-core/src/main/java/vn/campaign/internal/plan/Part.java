package vn.campaign.internal.plan;

import java.util.Optional;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Section;

/**
 * A part of a plan (an actor, a reference, a section, a task, a funding source, a budget line) and
 * where it is: the array that holds it, its index there, and the section it is in. Its
 * {@link PlanPointer} is built only when asked for, which the checks do only for a finding. Immutable;
 * not part of the API.
 *
 * @param <T> the type of the part
 */
public final class Part<T> {

    private final T value;
    /** The section whose array holds this part, or null for an array of the plan itself. */
    private final Part<Section> section;
    /** The member names down to the array, from the section or the plan. */
    private final String[] array;
    private final int index;
    /** The position of this part among the plan's parts of its kind, in document order. */
    private final int ordinal;

    Part(T value, Part<Section> section, String[] array, int index, int ordinal) {
        this.value = value;
        this.section = section;
        this.array = array;
        this.index = index;
        this.ordinal = ordinal;
    }

    /**
     * Returns the part.
     *
     * @return the value, never null
     */
    public T value() {
        return value;
    }

    /**
     * Returns the section this part is in: the section of a task, the parent of a subsection.
     *
     * @return the section, or empty for a part the plan holds itself
     */
    public Optional<Part<Section>> section() {
        return Optional.ofNullable(section);
    }

    /**
     * Returns the position of this part among the plan's parts of its kind in document order: its
     * position in {@link PlanIndex#tasks()} for a task, {@link PlanIndex#sections()} for a section,
     * and so on.
     *
     * @return the position, from 0
     */
    public int ordinal() {
        return ordinal;
    }

    /**
     * Returns the index of this part in the array that holds it.
     *
     * @return the index, from 0
     */
    public int index() {
        return index;
    }

    /**
     * Returns where this part is.
     *
     * @return the pointer, such as {@code /sections/3/tasks/0}
     */
    public PlanPointer pointer() {
        return PlanPointer.of(segments(0));
    }

    /**
     * Returns where a member of this part is.
     *
     * @param member the member name, a record component name
     * @return the pointer, such as {@code /sections/3/tasks/0/schedule}
     */
    public PlanPointer at(String member) {
        String[] segments = segments(1);
        segments[segments.length - 1] = member;
        return PlanPointer.of(segments);
    }

    /**
     * Returns where an element of an array member of this part is.
     *
     * @param member the member name
     * @param element the index in that member
     * @return the pointer, such as {@code /sections/3/tasks/0/guidanceIds/1}
     */
    public PlanPointer at(String member, int element) {
        String[] segments = segments(2);
        segments[segments.length - 2] = member;
        segments[segments.length - 1] = Integer.toString(element);
        return PlanPointer.of(segments);
    }

    /**
     * Returns where a member of an element of an array member of this part is.
     *
     * @param member the member name
     * @param element the index in that member
     * @param inner the member name in the element
     * @return the pointer, such as {@code /sections/3/tasks/0/assignments/1/actorId}
     */
    public PlanPointer at(String member, int element, String inner) {
        String[] segments = segments(3);
        segments[segments.length - 3] = member;
        segments[segments.length - 2] = Integer.toString(element);
        segments[segments.length - 1] = inner;
        return PlanPointer.of(segments);
    }

    private int depth() {
        return (section == null ? 0 : section.depth()) + array.length + 1;
    }

    /** The segments of this part's pointer, followed by {@code extra} empty places. */
    private String[] segments(int extra) {
        int depth = depth();
        String[] segments = new String[depth + extra];
        fill(segments, depth);
        return segments;
    }

    /** Writes this part's segments into {@code segments[0 .. end)}. */
    private void fill(String[] segments, int end) {
        segments[end - 1] = Integer.toString(index);
        int start = end - 1 - array.length;
        System.arraycopy(array, 0, segments, start, array.length);
        if (section != null) {
            section.fill(segments, start);
        }
    }

    /**
     * Returns the part and its pointer, for debugging.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return pointer() + " " + value;
    }
}
