package vn.campaign.importer;

import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * What the importer did with a piece of source text that it could not map plainly.
 *
 * <p>The constant names are stable codes. This enum is immutable and thread-safe.
 */
public enum ImportNoteKind implements Labelled {
    /** The text is in no element of the plan: a reader must look at it. */
    UNMAPPED("Không ánh xạ được", "Unmapped"),
    /** The text was mapped, but by an interpretation the text does not spell out (a task kind, a role). */
    GUESSED("Ánh xạ theo suy đoán", "Guessed"),
    /** The document lacks something the model needs, and the importer put a default in its place. */
    DEFAULTED("Dùng giá trị mặc định", "Defaulted");

    private final Labels labels;

    ImportNoteKind(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the stable code, the constant name.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the names of this kind.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }
}
