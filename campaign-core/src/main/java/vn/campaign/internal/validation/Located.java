package vn.campaign.internal.validation;

/**
 * A part of a plan with its JSON Pointer. Not part of the API.
 *
 * @param <T> the type of the part
 * @param value the part, not null
 * @param pointer its JSON Pointer, not null
 */
public record Located<T>(T value, String pointer) {

    /**
     * Returns the pointer of a member of this part.
     *
     * @param member the member name, a record component name, not null
     * @return the pointer {@code pointer + "/" + member}
     */
    public String at(String member) {
        return pointer + "/" + member;
    }
}
