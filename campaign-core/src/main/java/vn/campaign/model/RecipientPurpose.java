package vn.campaign.model;


/**
 * Why a recipient receives the document: the marker after its name in “Nơi nhận”.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum RecipientPurpose implements Labelled {
    /** For report, to superiors (báo cáo). */
    REPORT("(B/c)", "For report"),
    /** For coordination (phối hợp). */
    COORDINATION("(P/h)", "For coordination"),
    /** For implementation (thực hiện). */
    IMPLEMENTATION("(T/h)", "For implementation"),
    /** No marker: for information. */
    INFORMATION("(không ghi)", "For information"),
    /** The file copy at the issuer's registry (Lưu VT). */
    FILE_COPY("Lưu", "File copy");

    private final Labels labels;

    RecipientPurpose(String vietnamese, String english) {
        this.labels = new Labels(vietnamese, english);
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public Labels labels() {
        return labels;
    }

}
