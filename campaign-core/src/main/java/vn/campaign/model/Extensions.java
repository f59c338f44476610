package vn.campaign.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;

/**
 * Members of a JSON object that the model does not know, kept so that nothing is lost.
 *
 * <p>A plan read in lenient mode keeps every unknown member of every object here, and writes it
 * back unchanged. Each value is the JSON text of the member's value, as the JSON layer wrote it;
 * the model does not interpret it. Order is the order in which the members were read.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Extensions {

    private static final Extensions EMPTY = new Extensions(Map.of());

    private final Map<String, String> members;

    private Extensions(Map<String, String> members) {
        this.members = members;
    }

    /**
     * Returns the empty set of extensions.
     *
     * @return the empty extensions, never null
     */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Returns extensions holding a copy of the given members, in their iteration order.
     *
     * @param members member name to the JSON text of its value; not null, no null keys or values
     * @return the extensions, never null
     */
    public static Extensions of(Map<String, String> members) {
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> copy = new LinkedHashMap<>();
        members.forEach((name, json) -> copy.put(Text.text(name, "member name"), Text.text(json, "member value")));
        return new Extensions(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns these extensions with one more member, replacing a member of the same name.
     *
     * @param name the member name, not null
     * @param json the JSON text of its value, not null
     * @return new extensions, never null
     */
    public Extensions with(String name, String json) {
        Map<String, String> copy = new LinkedHashMap<>(members);
        copy.put(Text.text(name, "name"), Text.text(json, "json"));
        return new Extensions(Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the JSON text of a member.
     *
     * @param name the member name, not null
     * @return the JSON text, or empty if there is no such member
     */
    public Optional<String> get(String name) {
        return Optional.ofNullable(members.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the members as an unmodifiable map in their order.
     *
     * @return member name to JSON text, never null
     */
    public Map<String, String> asMap() {
        return members;
    }

    /**
     * Returns whether there are no members.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extensions && members.equals(((Extensions) other).members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return "Extensions" + members;
    }
}
