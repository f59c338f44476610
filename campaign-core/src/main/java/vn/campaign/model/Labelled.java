package vn.campaign.model;

/**
 * Something with a stable code and a label in Vietnamese and English.
 *
 * <p>Codes are the strings written in the JSON format and never change; labels are for people.
 */
public interface Labelled {

    /**
     * Returns the stable code of this value, as written in the JSON format.
     *
     * @return the code, never null or blank
     */
    String code();

    /**
     * Returns the label of this value in the given language.
     *
     * @param language the language, not null
     * @return the label, never null or blank
     */
    String label(Language language);

    /**
     * Returns the Vietnamese label of this value.
     *
     * @return the Vietnamese label, never null or blank
     */
    default String label() {
        return label(Language.VI);
    }
}
