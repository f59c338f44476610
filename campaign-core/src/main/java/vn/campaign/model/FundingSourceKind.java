package vn.campaign.model;

import java.util.Objects;

/**
 * Where the money for a plan comes from.
 *
 * <p>The constant names are the stable codes of the JSON format. This enum is immutable and
 * thread-safe.
 */
public enum FundingSourceKind implements Labelled {
    /** The state budget, under Circular 121/2017/TT-BTC. */
    STATE_BUDGET("Ngân sách Nhà nước", "State budget"),
    /** Socialised sources: businesses, organisations, individuals and voluntary contributions; each level manages what it raised (Circular 121/2017/TT-BTC, Article 2). */
    SOCIALISED("Xã hội hóa", "Socialised sources"),
    /** Other lawful sources. */
    OTHER("Nguồn hợp pháp khác", "Other lawful sources");

    private final String vietnamese;
    private final String english;

    FundingSourceKind(String vietnamese, String english) {
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
