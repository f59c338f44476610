package vn.campaign.importer;

import vn.campaign.model.Labelled;
import vn.campaign.model.Labels;

/**
 * Why an import built no plan. The constant names are stable codes.
 *
 * <p>This enum is immutable and thread-safe.
 *
 * @since 0.1
 */
public enum NoPlanReason implements Labelled {
    /** The document has no text at all. */
    EMPTY_DOCUMENT("Tài liệu không có nội dung", "The document is empty"),
    /** Neither the title "KẾ HOẠCH" nor the numbered sections of a plan were found. */
    NO_PLAN_STRUCTURE("Không tìm thấy cấu trúc kế hoạch (tiêu đề \"KẾ HOẠCH\" hoặc các mục I, II, III…)",
            "No plan structure found (neither the title \"KẾ HOẠCH\" nor sections I, II, III…)"),
    /** The plan names no year or period, and no date to take one from. */
    NO_PERIOD("Không xác định được thời kỳ của kế hoạch (không có năm trong trích yếu, ngày ban hành hay văn bản căn cứ)",
            "The plan's period cannot be told (no year in the abstract, no date of issue or of a cited document)");

    private final Labels labels;

    NoPlanReason(String vietnamese, String english) {
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
     * Returns the reason in Vietnamese and English.
     *
     * @return the labels, never null
     */
    @Override
    public Labels labels() {
        return labels;
    }
}
