package vn.campaign.importer;

import vn.campaign.finding.Severity;
import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * What the importer did with a piece of source text that it could not map plainly, and so how serious
 * its finding is.
 *
 * <p>The constant names are stable codes. This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum ImportKind implements Labelled {
    /** The text is in no element of the plan: a reader must look at it. */
    UNMAPPED(Severity.WARNING, "Không ánh xạ được", "Unmapped"),
    /** The text was mapped, but by an interpretation the text does not spell out (a task kind, a role). */
    GUESSED(Severity.INFO, "Ánh xạ theo suy đoán", "Guessed"),
    /** The document lacks something the model needs, and the importer put a default in its place. */
    DEFAULTED(Severity.INFO, "Dùng giá trị mặc định", "Defaulted");

    private final Severity severity;
    private final Labels labels;

    ImportKind(Severity severity, String vietnamese, String english) {
        this.severity = severity;
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the severity of the findings of this kind: {@link Severity#WARNING} for unmapped text,
     * which a reader must look at; {@link Severity#INFO} for a guess or a default, which the report
     * lists to be checked.
     *
     * @return the severity, never null
     */
    public Severity severity() {
        return severity;
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
