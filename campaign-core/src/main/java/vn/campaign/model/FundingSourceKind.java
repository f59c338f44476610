package vn.campaign.model;


/**
 * Where the money for a plan comes from.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public enum FundingSourceKind implements Labelled {
    /** The state budget, under Circular 121/2017/TT-BTC. */
    STATE_BUDGET("Ngân sách Nhà nước", "State budget"),
    /** Socialised sources: businesses, organisations, individuals and voluntary contributions; each level manages what it raised ("cấp nào vận động cấp đó quản lý", Circular 121/2017/TT-BTC; its article was not found). */
    SOCIALISED("Xã hội hóa", "Socialised sources"),
    /** Other lawful sources. */
    OTHER("Nguồn hợp pháp khác", "Other lawful sources");

    private final Labels labels;

    FundingSourceKind(String vietnamese, String english) {
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
