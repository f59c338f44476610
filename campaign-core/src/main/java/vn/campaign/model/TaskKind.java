package vn.campaign.model;


/**
 * The kinds of task a plan contains.
 *
 * <p>A task has one or more kinds, the first being its main one.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum TaskKind implements Labelled {
    /** Propaganda and mobilisation of the people (tuyên truyền, vận động). */
    PROPAGANDA("Tuyên truyền, vận động", "Propaganda and mobilisation"),
    /** Training courses (tập huấn). */
    TRAINING("Tập huấn", "Training"),
    /** Study visits to exchange experience (học tập trao đổi kinh nghiệm). */
    EXPERIENCE_EXCHANGE("Học tập trao đổi kinh nghiệm", "Experience exchange"),
    /** Building new models (pilot practices) and maintaining existing ones (mô hình). */
    MODEL_BUILDING("Xây dựng và duy trì mô hình", "Model building"),
    /**
     * The Great Unity festival held at residential areas on or before 18 November, the National
     * Great Unity Day ({@link LegalFacts#NATIONAL_GREAT_UNITY_DAY}).
     */
    GREAT_UNITY_FESTIVAL("Ngày hội Đại đoàn kết toàn dân tộc", "National Great Unity Day festival"),
    /** Other local festivals (Ngày hội toàn dân bảo vệ an ninh Tổ quốc, Ngày hội Bánh chưng xanh and others). */
    LOCAL_FESTIVAL("Các ngày hội khác tại địa phương", "Other local festivals"),
    /** Coordination with agencies, units and member organisations (phối hợp). */
    COORDINATION("Phối hợp", "Coordination"),
    /** Consolidating the campaign board (kiện toàn Ban vận động). */
    CAMPAIGN_BOARD("Kiện toàn Ban vận động", "Campaign board consolidation"),
    /** The For the Poor fund (Quỹ “Vì người nghèo”): raising, rules, disbursement. */
    FOR_THE_POOR_FUND("Quỹ “Vì người nghèo”", "For the Poor fund"),
    /** Thematic conferences and seminars (hội nghị, tọa đàm). */
    CONFERENCE("Hội nghị, tọa đàm chuyên đề", "Thematic conference or seminar"),
    /** Inspection and supervision (kiểm tra, giám sát). */
    INSPECTION_SUPERVISION("Kiểm tra, giám sát", "Inspection and supervision"),
    /** An interim review (sơ kết). */
    INTERIM_REVIEW("Sơ kết", "Interim review"),
    /** A final, year-end or term review (tổng kết, đánh giá). */
    FINAL_REVIEW("Tổng kết", "Final review"),
    /** Commendation and rewards (biểu dương, khen thưởng). */
    COMMENDATION("Biểu dương, khen thưởng", "Commendation and rewards"),
    /** Writing the plan of one's own level or system (xây dựng kế hoạch). */
    PLANNING("Xây dựng kế hoạch", "Planning"),
    /** Guiding the level below (hướng dẫn). */
    GUIDANCE("Hướng dẫn cấp dưới", "Guidance of the level below"),
    /** Drawing up the budget estimate (dự toán kinh phí). */
    BUDGET_ESTIMATE("Dự toán kinh phí", "Budget estimate"),
    /** Emulation between units, for example within an emulation cluster. */
    EMULATION("Thi đua", "Emulation"),
    /** Support to poor and near-poor households. */
    POVERTY_SUPPORT("Hỗ trợ hộ nghèo", "Support to poor households"),
    /** Any other task. */
    OTHER("Khác", "Other");

    private final Labels labels;

    TaskKind(String vietnamese, String english) {
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
