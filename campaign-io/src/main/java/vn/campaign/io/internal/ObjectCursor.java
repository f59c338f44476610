package vn.campaign.io.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.campaign.io.ReadErrorCode;
import vn.campaign.model.Extensions;

/**
 * The members of one object being read: enters and leaves each member in the path, refuses
 * duplicates, keeps unknown members, and reports missing ones.
 *
 * <pre>{@code
 * ObjectCursor m = ObjectCursor.open(in, Campaign.class);
 * while (m.next()) {
 *     switch (m.name) { case "name" -> name = ValueReaders.text(in); default -> m.unknown(); }
 * }
 * m.require("name", name);
 * }</pre>
 *
 * <p>Cursors cost no allocation per object: {@link JsonInput} keeps one per level of nesting and
 * {@link #open} hands it out again, reset; the object's end ({@link #next} returning false) gives it
 * back, and it stays usable for the object's last checks ({@link #require}, {@link #refused},
 * {@link #extensions}) until an object at the same level is opened. Where the object and its members
 * start is kept as four numbers each, not as a {@link JsonLocation}, which is made only when an
 * error needs one (a location per member name was a quarter of what a read allocated).
 *
 * <p>Mutable and not thread-safe: belongs to one {@link JsonInput}.
 */
final class ObjectCursor {

    /** How many members' names and positions are kept in arrays; a set takes over past them. */
    private static final int KEPT = 16;
    /** The slot of the object's start among the positions kept. */
    private static final int START = KEPT;
    /** The slot of the current member's name among the positions kept. */
    private static final int CURRENT = KEPT + 1;

    /** The input. */
    private final JsonInput in;
    /** The type the object stands for. */
    Class<?> owner;
    /**
     * The names seen, in a plain array: the model's objects have a handful of members, and a scan
     * of a few interned names costs less than hashing each (a tenth of the read, measured).
     */
    private final String[] seen = new String[KEPT];
    /**
     * Where each name of {@link #seen} is (byte offset, char offset, line, column); slot
     * {@link #START} is the object's start, slot {@link #CURRENT} the current member's name.
     */
    private final long[] bytes = new long[KEPT + 2];
    private final long[] chars = new long[KEPT + 2];
    private final int[] lines = new int[KEPT + 2];
    private final int[] columns = new int[KEPT + 2];
    private int count;
    private Set<String> many;
    private Map<String, String> unknown;
    private boolean inside;
    private boolean pending;
    /** The name of the current member, in this version's terms. */
    String name;

    private ObjectCursor(JsonInput in) {
        this.in = in;
    }

    /**
     * Starts reading an object; the parser is on its opening brace or on its first member.
     *
     * @param in the input, not null
     * @param owner the type the object stands for
     * @return the cursor of the object's level of nesting, reset
     * @throws PlanInputException if the value is not an object
     */
    static ObjectCursor open(JsonInput in, Class<?> owner) throws IOException {
        JsonParser p = in.parser;
        JsonToken token = p.currentToken();
        boolean pending = false;
        if (token == JsonToken.FIELD_NAME) {
            // Jackson may hand a deserializer the object's first member rather than its start.
            pending = true;
        } else if (token != JsonToken.START_OBJECT) {
            throw ReadErrors.wrongType(in, "an object");
        }
        ObjectCursor[] cursors = in.cursors;
        int level = in.objectDepth++;
        if (level == cursors.length) {
            cursors = Arrays.copyOf(cursors, level * 2);
            in.cursors = cursors;
        }
        ObjectCursor cursor = cursors[level];
        if (cursor == null) {
            cursor = new ObjectCursor(in);
            cursors[level] = cursor;
        }
        cursor.reset(owner, pending);
        return cursor;
    }

    private void reset(Class<?> type, boolean first) {
        owner = type;
        pending = first;
        Arrays.fill(seen, 0, Math.min(count, KEPT), null);
        count = 0;
        many = null;
        unknown = null;
        inside = false;
        name = null;
        mark(START);
    }

    /** Keeps where the current token is, in slot {@code i}. */
    private void mark(int i) {
        // Only numbers are kept: the location object does not escape, and the compiler can do without it.
        JsonLocation location = in.parser.currentTokenLocation();
        bytes[i] = location.getByteOffset();
        chars[i] = location.getCharOffset();
        lines[i] = location.getLineNr();
        columns[i] = location.getColumnNr();
    }

    /** Makes the location kept in slot {@code i}. */
    private JsonLocation location(int i) {
        return new JsonLocation(in.parser.currentTokenLocation().contentReference(), bytes[i], chars[i], lines[i],
                columns[i]);
    }

    /**
     * Returns where the object starts: its opening brace, or its first member.
     *
     * @return the location, made for the error that needs it
     */
    JsonLocation start() {
        return location(START);
    }

    /** Moves to the next member and onto its value; false at the end of the object. */
    boolean next() throws IOException {
        leave();
        JsonParser p = in.parser;
        JsonToken token;
        if (pending) {
            pending = false;
            token = p.currentToken();
        } else {
            token = in.nextInObject(owner);
        }
        if (token == JsonToken.END_OBJECT) {
            in.objectDepth--;
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new IllegalStateException("Expected a member name, the parser gave " + token);
        }
        name = in.migration.rename(owner, p.currentName());
        in.path.push(owner, name);
        inside = true;
        if (count == in.maxCollectionSize) {
            throw ReadErrors.tooMany(in, "members", p.currentTokenLocation());
        }
        in.checkUnicode(name, "the member name");
        if (!see(name)) {
            throw ReadErrors.fail(in, ReadErrorCode.DUPLICATE_MEMBER, "the member " + ReadErrors.quote(name)
                    + " is given twice", p.currentTokenLocation());
        }
        mark(CURRENT);
        if (count <= KEPT) {
            bytes[count - 1] = bytes[CURRENT];
            chars[count - 1] = chars[CURRENT];
            lines[count - 1] = lines[CURRENT];
            columns[count - 1] = columns[CURRENT];
        }
        p.nextToken();
        return true;
    }

    /** Records a name; false if it was seen before. A set takes over past a few names, so cost stays linear. */
    private boolean see(String member) {
        if (many != null) {
            count++;
            return many.add(member);
        }
        for (int i = 0; i < count; i++) {
            if (seen[i].equals(member)) {
                return false;
            }
        }
        if (count == KEPT) {
            many = new HashSet<>(Arrays.asList(seen));
            many.add(member);
            count++;
            return true;
        }
        seen[count++] = member;
        return true;
    }

    /**
     * Returns the number of members read so far whose name and location are kept: the first 16.
     *
     * @return at most 16
     */
    int keptMembers() {
        return Math.min(count, KEPT);
    }

    /**
     * Returns the name of a kept member.
     *
     * @param i its position among the members, from 0
     * @return its name, in this version's terms
     */
    String memberName(int i) {
        return seen[i];
    }

    /**
     * Returns where the name of a kept member is.
     *
     * @param i its position among the members, from 0
     * @return the location, made for the error that needs it
     */
    JsonLocation memberLocation(int i) {
        return location(i);
    }

    /** Where the name of the current member is. */
    private JsonLocation nameLocation() {
        return location(CURRENT);
    }

    /** Leaves the current member, if the cursor is inside one. */
    void leave() {
        if (inside) {
            in.path.pop();
            inside = false;
        }
    }

    /** Keeps the current member as an extension, or refuses it in strict mode. */
    void unknown() throws IOException {
        if (in.strict) {
            throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_MEMBER, "unknown member " + ReadErrors.quote(name)
                    + " (strict mode)", nameLocation());
        }
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
        }
        // Kept by their NFC names, as Extensions keeps them: two spellings of one name would lose one.
        String key = ReadErrors.nfcName(name);
        if (unknown.containsKey(key)) {
            throw ReadErrors.equivalentMember(in, name, nameLocation());
        }
        unknown.put(key, ExtensionCopier.copy(in));
    }

    /** Refuses the current member: the object is a closed value. */
    void closed(String what) throws PlanInputException {
        throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_MEMBER, what + " has no member " + ReadErrors.quote(name),
                nameLocation());
    }

    /** Returns the unknown members kept, in their order. */
    Extensions extensions() {
        return unknown == null ? Extensions.empty() : Extensions.of(unknown);
    }

    /** Returns a required member's value, or fails at the object's start if it was not given. */
    <T> T require(String member, T value) throws PlanInputException {
        if (value == null) {
            throw ReadErrors.fail(in, ReadErrorCode.MISSING_MEMBER, "the member " + ReadErrors.quote(member)
                    + " is required", start(), owner, member);
        }
        return value;
    }

    /** The model refused the object; the failure is at its start. */
    PlanInputException refused(RuntimeException e) {
        return ReadErrors.refused(in, e, start());
    }
}
