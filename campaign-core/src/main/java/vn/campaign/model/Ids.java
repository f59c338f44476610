package vn.campaign.model;

/**
 * The form of the identifiers that tie the parts of a plan together.
 *
 * <p>Actors, sections, tasks, references, funding sources and budget lines each have an id, unique
 * among the things of their kind in one plan. An id is 1 to 64 characters: ASCII letters, digits,
 * {@code .}, {@code _} and {@code -}, starting with a letter or digit, so that it is safe in a JSON
 * Pointer, a file name and a URL.
 *
 * @since 0.1
 */
public final class Ids {

    /** The regular expression every id matches. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    private Ids() {
    }
}
