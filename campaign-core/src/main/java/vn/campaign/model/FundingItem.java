package vn.campaign.model;


/**
 * The spending items of the campaign and the norm each follows.
 *
 * <p>Circular 121/2017/TT-BTC, Article 3, and the texts it points to.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 */
public enum FundingItem implements Labelled {
    /** Commendation and rewards; norm: Decree 91/2017/NĐ-CP. */
    COMMENDATION("Khen thưởng", "Commendation and rewards"),
    /** Information and propaganda; norm: Joint Circular 14/2014/TTLT-BTC-BTP. */
    PROPAGANDA("Thông tin, tuyên truyền", "Information and propaganda"),
    /** Inspection, steering and survey trips, briefings, interim and final review meetings; norm: Circular 40/2017/TT-BTC. */
    INSPECTION_REVIEW("Kiểm tra, chỉ đạo, khảo sát, giao ban, sơ kết, tổng kết", "Inspection, steering, surveys, briefings and reviews"),
    /** Professional training; norm: Circular 139/2010/TT-BTC. */
    TRAINING("Tập huấn nghiệp vụ", "Professional training"),
    /** Yearly support to a commune-level Front Committee. */
    COMMUNE_FRONT_SUPPORT("Hỗ trợ Ủy ban MTTQ cấp xã", "Support to the commune Front Committee"),
    /** Yearly support to a residential-area Front work team. */
    RESIDENTIAL_TEAM_SUPPORT("Hỗ trợ Ban công tác Mặt trận ở khu dân cư", "Support to the residential-area work team"),
    /** Any other item. */
    OTHER("Khác", "Other");

    private final Labels labels;

    FundingItem(String vietnamese, String english) {
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
