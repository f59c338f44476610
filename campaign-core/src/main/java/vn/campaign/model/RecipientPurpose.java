package vn.campaign.model;

import java.util.Objects;

/**
 * Why a recipient receives the document: the marker after its name in “Nơi nhận”.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
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

    private final String vietnamese;
    private final String english;

    RecipientPurpose(String vietnamese, String english) {
        this.vietnamese = vietnamese;
        this.english = english;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.VI ? vietnamese : english;
    }

}
