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
 * ObjectCursor m = new ObjectCursor(in, Campaign.class);
 * while (m.next()) {
 *     switch (m.name) { case "name" -> name = ValueReaders.text(in); default -> m.unknown(); }
 * }
 * m.require("name", name);
 * }</pre>
 *
 * <p>Mutable and not thread-safe: one instance per object read.
 */
final class ObjectCursor {

    /** The input. */
    private final JsonInput in;
    /** The type the object stands for. */
    final Class<?> owner;
    /** Where the object starts: its opening brace, or its first member. */
    final JsonLocation start;
    /**
     * The names seen, in a plain array: the model's objects have a handful of members, and a scan
     * of a few interned names costs less than hashing each (a tenth of the read, measured).
     */
    private final String[] seen = new String[16];
    private int count;
    private Set<String> many;
    private Map<String, String> unknown;
    private boolean inside;
    private boolean pending;
    /** The name of the current member, in this version's terms. */
    String name;
    /** Where the name of the current member is. */
    JsonLocation nameLocation;

    /**
     * Starts reading an object; the parser is on its opening brace or on its first member.
     *
     * @param in the input, not null
     * @param owner the type the object stands for
     * @throws PlanInputException if the value is not an object
     */
    ObjectCursor(JsonInput in, Class<?> owner) throws IOException {
        this.in = in;
        this.owner = owner;
        JsonParser p = in.parser;
        JsonToken token = p.currentToken();
        if (token == JsonToken.FIELD_NAME) {
            // Jackson may hand a deserializer the object's first member rather than its start.
            pending = true;
        } else if (token != JsonToken.START_OBJECT) {
            throw ReadErrors.wrongType(in, "an object");
        }
        this.start = p.currentTokenLocation();
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
            return false;
        }
        if (token != JsonToken.FIELD_NAME) {
            throw new IllegalStateException("Expected a member name, the parser gave " + token);
        }
        name = in.migration.rename(owner, p.currentName());
        nameLocation = p.currentTokenLocation();
        in.path.push(owner, name);
        inside = true;
        if (count == in.maxCollectionSize) {
            throw ReadErrors.tooMany(in, "members", nameLocation);
        }
        in.checkUnicode(name, "the member name");
        if (!see(name)) {
            throw ReadErrors.fail(in, ReadErrorCode.DUPLICATE_MEMBER, "the member " + ReadErrors.quote(name)
                    + " is given twice", nameLocation);
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
        if (count == seen.length) {
            many = new HashSet<>(Arrays.asList(seen));
            many.add(member);
            count++;
            return true;
        }
        seen[count++] = member;
        return true;
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
                    + " (strict mode)", nameLocation);
        }
        if (unknown == null) {
            unknown = new LinkedHashMap<>();
        }
        // Kept by their NFC names, as Extensions keeps them: two spellings of one name would lose one.
        String key = ReadErrors.nfcName(name);
        if (unknown.containsKey(key)) {
            throw ReadErrors.equivalentMember(in, name, nameLocation);
        }
        unknown.put(key, ExtensionCopier.copy(in));
    }

    /** Refuses the current member: the object is a closed value. */
    void closed(String what) throws PlanInputException {
        throw ReadErrors.fail(in, ReadErrorCode.UNKNOWN_MEMBER, what + " has no member " + ReadErrors.quote(name),
                nameLocation);
    }

    /** Returns the unknown members kept, in their order. */
    Extensions extensions() {
        return unknown == null ? Extensions.empty() : Extensions.of(unknown);
    }

    /** Returns a required member's value, or fails at the object's start if it was not given. */
    <T> T require(String member, T value) throws PlanInputException {
        if (value == null) {
            throw ReadErrors.fail(in, ReadErrorCode.MISSING_MEMBER, "the member " + ReadErrors.quote(member)
                    + " is required", start, owner, member);
        }
        return value;
    }

    /** The model refused the object; the failure is at its start. */
    PlanInputException refused(RuntimeException e) {
        return ReadErrors.refused(in, e, start);
    }
}
