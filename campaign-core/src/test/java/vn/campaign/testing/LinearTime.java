package vn.campaign.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures whether work on a text grows linearly with its length, without a clock: the work is the
 * number of {@code charAt} calls a {@link CharSequence} wrapper counts, which is what a regular
 * expression engine does at each step. A linear matcher does about ten times the work on an input ten
 * times longer; a backtracking (quadratic) one about a hundred times.
 */
public final class LinearTime {

    /** The highest ratio of work on an input against one of a tenth of its size still called linear. */
    public static final double MAX_RATIO = 15;

    private LinearTime() {
    }

    /** A text that counts the characters read from it. */
    public static final class Counting implements CharSequence {
        private final String text;
        private final long[] count;

        /**
         * Wraps a text.
         *
         * @param text the text
         */
        public Counting(String text) {
            this(text, new long[1]);
        }

        private Counting(String text, long[] count) {
            this.text = text;
            this.count = count;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            count[0]++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            count[0] += end - start;
            return new Counting(text.substring(start, end), count);
        }

        @Override
        public String toString() {
            count[0] += text.length();
            return text;
        }

        /**
         * Returns the characters read so far.
         *
         * @return the count
         */
        public long count() {
            return count[0];
        }
    }

    /** How a pattern is used, so how it is measured. */
    public enum Use {
        /** Searched for ({@code find()}, {@code replaceAll}, {@code split}) and matched whole. */
        FIND,
        /** Only matched against a whole text ({@code matches()}). */
        MATCH
    }

    /** Every match of a pattern in a text, as the importer looks for them, and the whole-text match. */
    public static long findAll(Pattern pattern, String text) {
        return work(pattern, text, Use.FIND);
    }

    /** The work of a use of a pattern on a text, in characters read. */
    public static long work(Pattern pattern, String text, Use use) {
        Counting counting = new Counting(text);
        Matcher m = pattern.matcher(counting);
        if (use == Use.FIND) {
            while (m.find()) {
                if (m.end() == text.length()) {
                    break;
                }
            }
            m.reset();
        }
        m.matches();
        return counting.count();
    }

    /**
     * The pathological inputs of a pattern: long runs of each character its source names (and of a
     * letter, a digit, a space), alone and alternating with a space, a letter or a digit.
     *
     * @param pattern the pattern
     * @return functions of a length to an input of about that length, with a name
     */
    public static List<Input> inputs(Pattern pattern) {
        Set<Character> chars = new LinkedHashSet<>(List.of('a', 'A', '0', ' ', '.', '\n', '“', '"'));
        for (char c : pattern.pattern().toCharArray()) {
            chars.add(c);
        }
        List<Input> inputs = new ArrayList<>();
        for (char c : chars) {
            inputs.add(new Input("run of " + show(c), n -> String.valueOf(c).repeat(n)));
            for (char d : new char[] {' ', 'a', '0'}) {
                if (d != c) {
                    inputs.add(new Input("run of " + show(c) + show(d), n -> ("" + c + d).repeat(n / 2)));
                    inputs.add(new Input("run of " + show(d) + show(c), n -> ("" + d + c).repeat(n / 2)));
                }
            }
        }
        return inputs;
    }

    private static String show(char c) {
        return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** An input of a given length, named for the failure message. */
    public static final class Input {
        final String name;
        final java.util.function.IntFunction<String> text;

        Input(String name, java.util.function.IntFunction<String> text) {
            this.name = name;
            this.text = text;
        }

        /**
         * Returns the name.
         *
         * @return the name
         */
        public String name() {
            return name;
        }

        /**
         * Returns the input of a length.
         *
         * @param length the length
         * @return the input
         */
        public String of(int length) {
            return text.apply(length);
        }
    }

    /**
     * The ratio of the work of {@link #findAll} on each pathological input of {@code large} characters
     * against one of {@code large / 10}; reports each ratio above {@link #MAX_RATIO},
     * and each stack overflow (a repeated group recurses once per repetition in the JDK's engine).
     *
     * @param name the pattern's name, for the report
     * @param pattern the pattern
     * @param large the longer length
     * @param failures where to report, one line each
     */
    public static void check(String name, Pattern pattern, int large, Consumer<String> failures) {
        check(name, pattern, Use.FIND, large, failures);
    }

    /**
     * As {@link #check(String, Pattern, int, Consumer)}, for a pattern used in one way only.
     *
     * @param name the pattern's name, for the report
     * @param pattern the pattern
     * @param use how the code uses it
     * @param large the longer length
     * @param failures where to report, one line each
     */
    public static void check(String name, Pattern pattern, Use use, int large, Consumer<String> failures) {
        for (Input input : inputs(pattern)) {
            long small;
            long big;
            try {
                small = work(pattern, input.of(large / 10), use);
                big = work(pattern, input.of(large), use);
            } catch (StackOverflowError e) {
                failures.accept(name + " /" + pattern.pattern() + "/ on a " + input.name() + ": stack overflow");
                continue;
            }
            double ratio = (double) big / Math.max(small, 1);
            if (ratio > MAX_RATIO) {
                failures.accept(name + " /" + pattern.pattern() + "/ on a " + input.name() + ": " + small + " → "
                        + big + " steps, ratio " + Math.round(ratio));
            }
        }
    }

    /**
     * The static {@link Pattern} fields of classes, by "Class.FIELD".
     *
     * @param classes the classes
     * @return the patterns with their names
     */
    public static java.util.Map<String, Pattern> patterns(Class<?>... classes) {
        java.util.Map<String, Pattern> patterns = new java.util.LinkedHashMap<>();
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                    try {
                        field.setAccessible(true);
                        patterns.put(type.getSimpleName() + "." + field.getName(), (Pattern) field.get(null));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return patterns;
    }
}
