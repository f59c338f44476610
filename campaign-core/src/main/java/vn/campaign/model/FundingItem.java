package vn.campaign.model;


/**
 * The spending items of the campaign and the norm each follows.
 *
 * <p>The spending items Circular 121/2017/TT-BTC lists (its article was not found), and the texts it
 * points to; the norm in force on a day is the one of {@link FundingRules#forItem}.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum FundingItem implements Labelled {
    /**
     * Commendation and rewards; norm: Decree 91/2017/NĐ-CP until 31/12/2023, Decree 98/2023/NĐ-CP from
     * 1/1/2024, Decree 152/2025/NĐ-CP from 1/7/2025 (the last two inferred, see {@link FundingRules}).
     */
    COMMENDATION("Khen thưởng", "Commendation and rewards"),
    /** Information and propaganda; norm: Joint Circular 14/2014/TTLT-BTC-BTP. */
    PROPAGANDA("Thông tin, tuyên truyền", "Information and propaganda"),
    /** Inspection, steering and survey trips, briefings, interim and final review meetings; norm: Circular 40/2017/TT-BTC. */
    INSPECTION_REVIEW("Kiểm tra, chỉ đạo, khảo sát, giao ban, sơ kết, tổng kết", "Inspection, steering, surveys, briefings and reviews"),
    /**
     * Professional training; norm: Circular 139/2010/TT-BTC until 14/6/2018, Circular 36/2018/TT-BTC
     * from 15/6/2018 (inferred, see {@link FundingRules}).
     */
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
