package vn.campaign.io.internal;

import java.util.Arrays;

/**
 * The constants of one code list by name, looked up from the characters the parser holds, without
 * making a {@code String} of them: a code is read for every kind, channel, role and section of a
 * plan. Open addressing on {@link String#hashCode()}'s formula, in a table at most half full. Built
 * once per code list ({@link #of}); immutable and thread-safe.
 *
 * @param <E> the code list
 */
final class CodeTable<E extends Enum<E>> {

    private static final ClassValue<CodeTable<?>> TABLES = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected CodeTable<?> computeValue(Class<?> type) {
            return new CodeTable(type);
        }
    };

    private final char[][] names;
    private final E[] constants;
    private final int mask;

    private CodeTable(Class<E> type) {
        E[] all = type.getEnumConstants();
        int size = Integer.highestOneBit(Math.max(1, all.length) * 4);
        this.names = new char[size][];
        this.constants = Arrays.copyOf(all, size);
        Arrays.fill(constants, null);
        this.mask = size - 1;
        for (E constant : all) {
            char[] name = constant.name().toCharArray();
            int slot = hash(name, 0, name.length) & mask;
            while (names[slot] != null) {
                slot = (slot + 1) & mask;
            }
            names[slot] = name;
            constants[slot] = constant;
        }
    }

    /**
     * Returns the table of a code list.
     *
     * @param type the enum, not null
     * @param <E> the enum
     * @return its table, never null
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> CodeTable<E> of(Class<E> type) {
        return (CodeTable<E>) TABLES.get(type);
    }

    /**
     * Returns the constant whose name is a run of characters, as {@link Enum#valueOf} would.
     *
     * @param text the characters, not null
     * @param offset where the name starts
     * @param length its length
     * @return the constant, or null if no constant has that name
     */
    E find(char[] text, int offset, int length) {
        int slot = hash(text, offset, length) & mask;
        char[] name;
        while ((name = names[slot]) != null) {
            if (Arrays.equals(name, 0, name.length, text, offset, offset + length)) {
                return constants[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static int hash(char[] text, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + text[i];
        }
        return hash;
    }
}
