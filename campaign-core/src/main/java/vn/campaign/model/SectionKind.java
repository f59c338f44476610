package vn.campaign.model;


/**
 * What a numbered section of a plan holds.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum SectionKind implements Labelled {
    /** Purpose and requirements (Mục đích - Yêu cầu), usually section I. */
    OBJECTIVES("Mục đích - Yêu cầu", "Purpose and requirements"),
    /** The purpose (Mục đích). */
    PURPOSE("Mục đích", "Purpose"),
    /** The requirements (Yêu cầu). */
    REQUIREMENT("Yêu cầu", "Requirements"),
    /** The tasks of the plan (Nội dung), usually section II. */
    CONTENT("Nội dung", "Content"),
    /** Funding (Kinh phí), usually section III. */
    FUNDING("Kinh phí", "Funding"),
    /** Implementation and responsibilities (Tổ chức thực hiện), usually section IV. */
    ORGANISATION("Tổ chức thực hiện", "Implementation"),
    /** Participants (Thành phần). */
    PARTICIPANTS("Thành phần", "Participants"),
    /** Time of implementation (Thời gian thực hiện). */
    TIMING("Thời gian thực hiện", "Timing"),
    /** Any other section. */
    OTHER("Khác", "Other");

    private final Labels labels;

    SectionKind(String vietnamese, String english) {
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
