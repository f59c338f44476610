package vn.campaign.io.internal;

import java.util.Arrays;
import vn.campaign.finding.PlanPointer;

/**
 * Where the reader is in the document, as a stack of member names and array indices, turned into
 * a {@link PlanPointer} only when an error needs one. The stack is kept here rather than as a
 * {@code PlanPointer}, which is immutable, because the reader moves on every member.
 *
 * <p>Each segment remembers the type that owns it, so that a Jackson exception can carry a
 * reference chain ({@code Plan["sections"]->List[3]->Section["number"]}) like databind's own.
 * Mutable and not thread-safe: one instance per read.
 */
public final class JsonPath {

    private Object[] segments = new Object[16];
    private Class<?>[] owners = new Class<?>[16];
    private int size;

    /**
     * Enters a member of an object.
     *
     * @param owner the type the object stands for
     * @param name the member name
     */
    public void push(Class<?> owner, String name) {
        add(owner, name);
    }

    /**
     * Enters an element of an array.
     *
     * @param owner the type the array stands for
     * @param index the index, from 0
     */
    public void push(Class<?> owner, int index) {
        add(owner, index);
    }

    private void add(Class<?> owner, Object segment) {
        if (size == segments.length) {
            segments = Arrays.copyOf(segments, size * 2);
            owners = Arrays.copyOf(owners, size * 2);
        }
        segments[size] = segment;
        owners[size] = owner;
        size++;
    }

    /** Leaves the innermost member or element. */
    public void pop() {
        size--;
        segments[size] = null;
        owners[size] = null;
    }

    /**
     * Returns the number of segments.
     *
     * @return the depth, 0 at the root
     */
    public int size() {
        return size;
    }

    /**
     * Returns a segment.
     *
     * @param i the position, from 0 (outermost)
     * @return a {@code String} member name or an {@code Integer} index
     */
    public Object segment(int i) {
        return segments[i];
    }

    /**
     * Returns the type that owns a segment.
     *
     * @param i the position, from 0 (outermost)
     * @return the owner type
     */
    public Class<?> owner(int i) {
        return owners[i];
    }

    /**
     * Returns the JSON Pointer of the current position.
     *
     * @return the pointer, {@code ""} at the root
     */
    @Override
    public String toString() {
        return pointer(size, null);
    }

    /**
     * Returns the JSON Pointer of a member of the current object.
     *
     * @param member the member name
     * @return the pointer of that member
     */
    public String pointerOf(String member) {
        return pointer(size, member);
    }

    private String pointer(int length, String last) {
        String[] raw = new String[last == null ? length : length + 1];
        for (int i = 0; i < length; i++) {
            raw[i] = segments[i].toString();
        }
        if (last != null) {
            raw[length] = last;
        }
        return PlanPointer.of(raw).toString();
    }
}
