package vn.campaign.model;

import java.util.Objects;

/**
 * The labels of a value in the two languages of the SDK: what a {@link Labelled} value shows to people.
 *
 * <p>Immutable and thread-safe.
 *
 * @param vietnamese the Vietnamese label; not null, not blank
 * @param english the English label; not null, not blank
 *
 * @since 0.1
 */
public record Labels(String vietnamese, String english) {

    /**
     * Checks the labels.
     *
     * @param vietnamese the Vietnamese label, not null, not blank
     * @param english the English label, not null, not blank
     * @throws NullPointerException if a label is null
     * @throws IllegalArgumentException if a label is blank
     */
    public Labels {
        Objects.requireNonNull(vietnamese, "vietnamese");
        Objects.requireNonNull(english, "english");
        if (vietnamese.isBlank() || english.isBlank()) {
            throw new IllegalArgumentException("A label must not be blank");
        }
    }

    /**
     * Returns the label in a language.
     *
     * @param language the language, not null
     * @return the Vietnamese or the English label, never null
     * @throws NullPointerException if {@code language} is null
     */
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.VI ? vietnamese : english;
    }
}
