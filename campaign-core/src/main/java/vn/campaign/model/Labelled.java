package vn.campaign.model;

/**
 * Something with a stable code and a label in Vietnamese and English.
 *
 * <p>Codes are the strings written in the JSON format and never change; labels are for people. An
 * implementation holds its {@link Labels} and gives them by {@link #labels()}; {@link #label(Language)}
 * picks the language.
 *
 * @since 0.1
 */
public interface Labelled {

    /**
     * Returns the stable code of this value, as written in the JSON format.
     *
     * @return the code, never null or blank
     */
    String code();

    /**
     * Returns the labels of this value in Vietnamese and English.
     *
     * @return the labels, never null
     */
    Labels labels();

    /**
     * Returns the label of this value in the given language.
     *
     * @param language the language, not null
     * @return the label, never null or blank
     * @throws NullPointerException if {@code language} is null
     */
    default String label(Language language) {
        return labels().in(language);
    }

    /**
     * Returns the Vietnamese label of this value.
     *
     * @return the Vietnamese label, never null or blank
     */
    default String label() {
        return label(Language.VI);
    }
}
