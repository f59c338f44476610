package vn.campaign.io.internal;

import java.util.Map;
import vn.campaign.model.Extensions;
import java.util.Optional;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;

/**
 * How the member names of an older version of the format map to the names of this version.
 *
 * <p>The reader reads an older document through its migration, renaming members as they are read,
 * so that positions and pointers of errors stay those of the document as written (a pointer names
 * the member by its new name). Versions {@code 1.x} need none: a minor version only adds members
 * (see {@code docs/json-format.md}, section 2). The draft version {@code 0.9}, used by the
 * prototype tools before the format was published, called the plan's {@code issuerId}
 * {@code "issuer"} and a section's {@code heading} {@code "title"}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Migration {

    /** No renaming: versions 1.x. */
    public static final Migration NONE = new Migration("1.x", Map.of());

    /** The draft version 0.9. */
    public static final Migration FROM_0_9 = new Migration("0.9",
            Map.of(Plan.class, Map.of("issuer", "issuerId"), Section.class, Map.of("title", "heading")));

    private final String version;
    private final Map<Class<?>, Map<String, String>> renames;

    private Migration(String version, Map<Class<?>, Map<String, String>> renames) {
        this.version = version;
        this.renames = renames;
    }

    /**
     * Returns the migration that reads a document of an older version, if there is one.
     *
     * @param version the {@code schemaVersion} as written, not null
     * @return the migration, or empty if the version is not an older one this reader knows
     */
    public static Optional<Migration> from(String version) {
        return version.equals(FROM_0_9.version) ? Optional.of(FROM_0_9) : Optional.empty();
    }

    /**
     * Returns the older versions read through a migration, for messages.
     *
     * @return the text, such as {@code " and 0.9 (migrated)"}
     */
    public static String describe() {
        return " and " + FROM_0_9.version + " (migrated)";
    }

    /**
     * Returns the version this migration reads.
     *
     * @return the version, such as {@code "0.9"}
     */
    public String version() {
        return version;
    }

    /**
     * Returns the name of this version for a member of an object of the document's version.
     *
     * @param owner the class read from the object, not null
     * @param name the member name as written, not null
     * @return the name in this version
     */
    public String rename(Class<?> owner, String name) {
        Map<String, String> names = renames.get(owner);
        return names == null ? name : names.getOrDefault(name, name);
    }

    /** The newest minor version of major version 1 this writer knows. */
    static final int NEWEST_MINOR = 2;

    /**
     * The name under which a plan read from a newer minor version keeps its version label in its
     * extensions, so that writing it back keeps the label (its unknown members may be of that version).
     */
    public static final String VERSION_MEMBER = "schemaVersion";

    /**
     * Returns a plan's extensions with its version label when the document is of a minor version
     * newer than this writer knows ({@code 1.7}); the extensions as they are for any other.
     *
     * @param minor the minor version read
     * @param extensions the plan's unknown members, not null
     * @return the extensions to keep, never null
     */
    static Extensions keepVersion(int minor, Extensions extensions) {
        return minor > NEWEST_MINOR ? extensions.with(VERSION_MEMBER, "\"1." + minor + "\"") : extensions;
    }

    /**
     * Returns the version label a plan keeps from a newer document, as {@link #keepVersion} stored it.
     *
     * @param extensions the plan's extensions, not null
     * @return the label, such as {@code "1.7"}, or empty when the plan keeps none
     */
    static Optional<String> keptVersion(Extensions extensions) {
        return extensions.get(VERSION_MEMBER).filter(json -> json.matches("\"1\\.[1-9][0-9]{0,8}\""))
                .map(json -> json.substring(1, json.length() - 1));
    }
}
