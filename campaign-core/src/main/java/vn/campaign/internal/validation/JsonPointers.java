package vn.campaign.internal.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;

/**
 * RFC 6901 JSON Pointers: checking, escaping, ordering, and building one from a Jakarta Validation
 * property path. Not part of the API.
 */
public final class JsonPointers {

    /**
     * Orders pointers segment by segment, numeric segments by value, so that {@code /sections/2}
     * comes before {@code /sections/10} and a pointer before the pointers below it.
     */
    public static final Comparator<String> ORDER = JsonPointers::compare;

    private JsonPointers() {
    }

    /**
     * Returns whether a string is a JSON Pointer: empty, or {@code '/'} followed by segments in which
     * {@code '~'} appears only as {@code ~0} or {@code ~1}.
     *
     * @param pointer the string, not null
     * @return true if it is a JSON Pointer
     */
    public static boolean isValid(String pointer) {
        if (pointer.isEmpty()) {
            return true;
        }
        if (pointer.charAt(0) != '/') {
            return false;
        }
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '~') {
                if (i + 1 == pointer.length() || pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Escapes a member name or key for a pointer segment: {@code ~} becomes {@code ~0} and
     * {@code /} becomes {@code ~1}.
     *
     * @param segment the raw segment, not null
     * @return the escaped segment
     */
    public static String escape(String segment) {
        if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
            return segment;
        }
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /**
     * Returns the pointer of a property path of Hibernate Validator.
     *
     * <p>{@code sections[3].subsections[2].number} becomes {@code /sections/3/subsections/2/number}.
     * An index or key belongs to the node after the container, so it is written before that node's
     * name; a container element ({@code <list element>}, the value of an {@code Optional}) and a
     * bean (a class-level constraint) add no segment of their own: they are the value itself.
     *
     * @param path the property path, not null
     * @return the pointer, {@code ""} for the root
     */
    public static String of(Path path) {
        StringBuilder pointer = new StringBuilder(64);
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    pointer.append('/').append(node.getIndex().intValue());
                } else if (node.getKey() != null) {
                    pointer.append('/').append(escape(String.valueOf(node.getKey())));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
        }
        return pointer.toString();
    }

    private static int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int leftEnd = segmentEnd(left, i + 1);
            int rightEnd = segmentEnd(right, j + 1);
            int order = compareSegments(left.substring(i + 1, leftEnd), right.substring(j + 1, rightEnd));
            if (order != 0) {
                return order;
            }
            i = leftEnd;
            j = rightEnd;
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    private static int segmentEnd(String pointer, int from) {
        int end = pointer.indexOf('/', from);
        return end < 0 ? pointer.length() : end;
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
        for (int k = 0; k < segment.length(); k++) {
            char c = segment.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
