package vn.campaign.finding;

import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * How serious a {@link Finding} is, most serious first.
 *
 * <p>Each code has a default severity ({@link FindingCode#severity()}). A constraint of the model may
 * lower it with a payload, {@link vn.campaign.model.constraints.Warning} or
 * {@link vn.campaign.model.constraints.Info}; a compliance profile may change it. A violation of a
 * constraint without a code of its own is an {@link #ERROR}.
 *
 * <p>The constant names are stable codes. This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum Severity implements Labelled {
    /** The plan is wrong: a reference does not resolve, a date contradicts another, a value is invalid. */
    ERROR("Lỗi", "Error"),
    /** The plan is probably incomplete or inconsistent with the document conventions; a person should look. */
    WARNING("Cảnh báo", "Warning"),
    /** Something worth knowing that a plan may well lack. */
    INFO("Thông tin", "Information");

    private final Labels labels;

    Severity(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    /**
     * Returns the stable code of this severity, its constant name.
     *
     * @return the code, never null
     */
    @Override
    public String code() {
        return name();
    }

    /**
     * Returns the names of this severity: "Lỗi" and "Error", and so on.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }
}
