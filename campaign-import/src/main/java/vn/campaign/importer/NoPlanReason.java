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
    /** Neither a title word ("KẾ HOẠCH", "HƯỚNG DẪN" …) nor the numbered sections of a plan were found. */
    NO_PLAN_STRUCTURE("Không tìm thấy cấu trúc văn bản (tiêu đề \"KẾ HOẠCH\", \"HƯỚNG DẪN\"… hoặc các mục I, II, III…)",
            "No document structure found (neither a title word \"KẾ HOẠCH\", \"HƯỚNG DẪN\"… nor sections I, II, III…)"),
    /** The document states no period, no task has a date and no year of issue is written. */
    NO_PERIOD("Không xác định được thời kỳ (trích yếu không nêu, nhiệm vụ không có ngày tháng, không có năm ban hành)",
            "The period cannot be told (the abstract states none, no task has a date, no year of issue is written)");

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
