package vn.campaign.finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where something is in a plan: an RFC 6901 JSON Pointer into the plan's JSON, whose member names are
 * the record component names of the model.
 *
 * <p>{@code /sections/3/subsections/2/number} is the number of the third subsection of the fourth
 * section; an {@code Optional} component is its value itself ({@code /signature/onBehalfOf}); a
 * pointer may name a member the plan lacks ({@code /date} for a missing date); the {@linkplain #root()
 * root}, written {@code ""}, is the whole plan. {@link #toString()} gives the pointer as RFC 6901 writes
 * it, {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}, and {@link #parse(String)} reads it
 * back.
 *
 * <p>Pointers are ordered segment by segment, array indexes as numbers ({@code /sections/2} before
 * {@code /sections/10}), other segments as their escaped text, and a pointer before the pointers
 * below it; the order is consistent with {@link #equals(Object)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PlanPointer implements Comparable<PlanPointer> {

    private static final String[] NONE = new String[0];
    private static final PlanPointer ROOT = new PlanPointer(NONE, "");

    /** The segments, escaped as in the text. */
    private final String[] segments;
    /** The text, computed when first asked for; a race computes the same string twice, harmlessly. */
    private String text;

    private PlanPointer(String[] segments, String text) {
        this.segments = segments;
        this.text = text;
    }

    /**
     * Returns the pointer to the whole plan, written {@code ""}.
     *
     * @return the root pointer, never null
     */
    public static PlanPointer root() {
        return ROOT;
    }

    /**
     * Returns the pointer made of member names and array indexes, as they are (not escaped):
     * {@code of("sections", "3", "tasks")} is {@code /sections/3/tasks}.
     *
     * @param segments the segments, outermost first, not null, no null element; none is the root
     * @return the pointer, never null
     * @throws NullPointerException if {@code segments} or one of them is null
     */
    public static PlanPointer of(String... segments) {
        Objects.requireNonNull(segments, "segments");
        if (segments.length == 0) {
            return ROOT;
        }
        String[] escaped = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            escaped[i] = escape(Objects.requireNonNull(segments[i], "segment"));
        }
        return new PlanPointer(escaped, null);
    }

    /**
     * Reads a JSON Pointer as RFC 6901 writes it.
     *
     * @param text the pointer, not null: {@code ""}, or {@code '/'} followed by segments in which
     *     {@code '~'} appears only as {@code ~0} or {@code ~1}
     * @return the pointer, never null
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if the text is not a JSON Pointer; the message quotes it and
     *     says why
     */
    public static PlanPointer parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("Not a JSON Pointer: \"" + text + "\" (it must be \"\" or start with '/')");
        }
        List<String> segments = new ArrayList<>();
        int start = 1;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '/') {
                segments.add(text.substring(start, i));
                start = i + 1;
            } else if (text.charAt(i) == '~'
                    && (i + 1 == text.length() || text.charAt(i + 1) != '0' && text.charAt(i + 1) != '1')) {
                throw new IllegalArgumentException("Not a JSON Pointer: \"" + text + "\" ('~' at index " + i
                        + " is not followed by 0 or 1)");
            }
        }
        return new PlanPointer(segments.toArray(NONE), text);
    }

    /**
     * Returns whether this is the pointer to the whole plan.
     *
     * @return true for the root, {@code ""}
     */
    public boolean isRoot() {
        return segments.length == 0;
    }

    /**
     * Returns the segments, member names and array indexes as they are (not escaped).
     *
     * @return an unmodifiable list, outermost first, never null; empty for the root
     */
    public List<String> segments() {
        String[] raw = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            raw[i] = unescape(segments[i]);
        }
        return Collections.unmodifiableList(Arrays.asList(raw));
    }

    /**
     * Returns the number of segments.
     *
     * @return the depth, 0 for the root
     */
    public int depth() {
        return segments.length;
    }

    /**
     * Returns one segment, as it is (not escaped).
     *
     * @param index the position, from 0 (outermost)
     * @return the segment, never null
     * @throws IndexOutOfBoundsException if there is no such segment
     */
    public String segment(int index) {
        Objects.checkIndex(index, segments.length);
        return unescape(segments[index]);
    }

    /**
     * Returns the pointer to what holds this one: {@code /sections/3} for {@code /sections/3/number}.
     *
     * @return the parent, or empty for the root
     */
    public Optional<PlanPointer> parent() {
        if (segments.length == 0) {
            return Optional.empty();
        }
        return Optional.of(segments.length == 1 ? ROOT
                : new PlanPointer(Arrays.copyOf(segments, segments.length - 1), null));
    }

    /**
     * Returns the pointer to a member of what this one points to.
     *
     * @param member the member name, as it is (not escaped), not null
     * @return the pointer one segment deeper, never null
     * @throws NullPointerException if {@code member} is null
     */
    public PlanPointer child(String member) {
        Objects.requireNonNull(member, "member");
        String[] longer = Arrays.copyOf(segments, segments.length + 1);
        longer[segments.length] = escape(member);
        return new PlanPointer(longer, null);
    }

    /**
     * Returns the pointer to an element of the array this one points to.
     *
     * @param index the index, from 0
     * @return the pointer one segment deeper, never null
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public PlanPointer child(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index is negative: " + index);
        }
        String[] longer = Arrays.copyOf(segments, segments.length + 1);
        longer[segments.length] = Integer.toString(index);
        return new PlanPointer(longer, null);
    }

    /**
     * Returns whether this pointer is another or below it: {@code /sections/3/number} starts with
     * {@code /sections/3}, with {@code /sections} and with the root, not with {@code /sections/30}.
     *
     * @param prefix the other pointer, not null
     * @return true if every segment of {@code prefix} is the segment of this pointer at its place
     */
    public boolean startsWith(PlanPointer prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.segments.length > segments.length) {
            return false;
        }
        for (int i = 0; i < prefix.segments.length; i++) {
            if (!segments[i].equals(prefix.segments[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares two pointers segment by segment: two array indexes (digits without a leading zero) by
     * their value, other segments by their escaped text; a pointer comes before the pointers below it.
     *
     * @param other the other pointer, not null
     * @return negative, zero or positive as this pointer comes before, is equal to or comes after
     */
    @Override
    public int compareTo(PlanPointer other) {
        int common = Math.min(segments.length, other.segments.length);
        for (int i = 0; i < common; i++) {
            int order = compareSegments(segments[i], other.segments[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(segments.length, other.segments.length);
    }

    private static int compareSegments(String left, String right) {
        if (isIndex(left) && isIndex(right)) {
            int byLength = Integer.compare(left.length(), right.length());
            return byLength != 0 ? byLength : left.compareTo(right);
        }
        return left.compareTo(right);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 1 && segment.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns whether another object is a pointer with the same segments.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof PlanPointer && Arrays.equals(segments, ((PlanPointer) other).segments);
    }

    /**
     * Returns a hash code of the segments.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(segments);
    }

    /**
     * Returns the pointer as RFC 6901 writes it: {@code ""} for the root, else {@code '/'} before each
     * segment, with {@code ~} escaped as {@code ~0} and {@code /} as {@code ~1}. {@link #parse(String)}
     * reads it back.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        String result = text;
        if (result == null) {
            int length = 0;
            for (String segment : segments) {
                length += segment.length() + 1;
            }
            StringBuilder builder = new StringBuilder(length);
            for (String segment : segments) {
                builder.append('/').append(segment);
            }
            result = builder.toString();
            text = result;
        }
        return result;
    }

    private static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String segment) {
        if (segment.indexOf('~') < 0) {
            return segment;
        }
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
