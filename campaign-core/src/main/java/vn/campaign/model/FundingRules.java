package vn.campaign.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The funding rules of the campaign that this SDK knows, each with its legal source, its dates and
 * how it is known.
 *
 * <p>Today these are the rules of Circular 121/2017/TT-BTC of the Ministry of Finance
 * ({@link LegalFacts#CAMPAIGN_FUNDING_CIRCULAR}, in force from
 * {@link LegalFacts#CIRCULAR_121_2017_IN_FORCE 01/01/2018}): the spending items it lists with the
 * norm each follows, and its minimum support levels ({@link LegalFacts#COMMUNE_FRONT_SUPPORT_MINIMUM},
 * {@link LegalFacts#RESIDENTIAL_TEAM_SUPPORT_MINIMUM}). Its article numbers were not found, so no
 * rule names an article; no replacement of the circular was found, so the rules carry no end date
 * of their own (evidence: {@code docs/legal-sources.md} §4).
 *
 * <p>The circular names its norms by number. Where a norm was replaced, the rule of the item is split
 * at the replacement's first day in force, so that {@link #forItem} gives the norm in force on the
 * day: commendation follows Decree 91/2017/NĐ-CP until 31/12/2023, Decree 98/2023/NĐ-CP from 1/1/2024
 * and Decree 152/2025/NĐ-CP from 1/7/2025 (that 152/2025 replaced 98/2023 was not found); training
 * follows Circular 139/2010/TT-BTC until 14/6/2018 and Circular 36/2018/TT-BTC from 15/6/2018. That the
 * circular's reference moves to the replacement is inferred ({@link Verification#INFERRED}); no
 * source says so for this circular. The norms of propaganda (Joint Circular 14/2014/TTLT-BTC-BTP) and
 * of inspection and reviews (Circular 40/2017/TT-BTC) have no replacement found and one rule each.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FundingRules {

    private static final LocalDate CIRCULAR_IN_FORCE = LegalFacts.CIRCULAR_121_2017_IN_FORCE;

    private static final List<FundingRule> ALL = List.of(
            item("TT121-COMMENDATION", FundingItem.COMMENDATION, LegalFacts.COMMENDATION_DECREE_2017,
                    CIRCULAR_IN_FORCE, LegalFacts.COMMENDATION_DECREE_2017.inForceUntil(), Verification.VERIFIED,
                    "Chi khen thưởng theo Nghị định 91/2017/NĐ-CP"),
            item("TT121-COMMENDATION-98-2023", FundingItem.COMMENDATION, LegalFacts.COMMENDATION_DECREE_2023,
                    LegalFacts.COMMENDATION_DECREE_2023.inForceFrom().orElseThrow(),
                    // The end of Decree 98/2023 was not found: the day before 152/2025 came into force.
                    Optional.of(LegalFacts.COMMENDATION_DECREE_2025.inForceFrom().orElseThrow().minusDays(1)),
                    Verification.INFERRED,
                    "Chi khen thưởng theo Nghị định 98/2023/NĐ-CP, văn bản thay thế Nghị định 91/2017/NĐ-CP"),
            item("TT121-COMMENDATION-152-2025", FundingItem.COMMENDATION, LegalFacts.COMMENDATION_DECREE_2025,
                    LegalFacts.COMMENDATION_DECREE_2025.inForceFrom().orElseThrow(), Optional.empty(),
                    Verification.INFERRED,
                    "Chi khen thưởng theo Nghị định 152/2025/NĐ-CP; chưa xác minh được Nghị định này thay thế "
                            + "Nghị định 98/2023/NĐ-CP"),
            item("TT121-PROPAGANDA", FundingItem.PROPAGANDA, LegalFacts.LEGAL_DISSEMINATION_JOINT_CIRCULAR_2014,
                    CIRCULAR_IN_FORCE, Optional.empty(), Verification.VERIFIED,
                    "Chi thông tin, tuyên truyền theo Thông tư liên tịch 14/2014/TTLT-BTC-BTP"),
            item("TT121-INSPECTION-REVIEW", FundingItem.INSPECTION_REVIEW, LegalFacts.WORK_TRIP_CIRCULAR_2017,
                    CIRCULAR_IN_FORCE, Optional.empty(), Verification.VERIFIED,
                    "Chi kiểm tra, chỉ đạo, khảo sát, giao ban, sơ kết, tổng kết theo Thông tư 40/2017/TT-BTC"),
            item("TT121-TRAINING", FundingItem.TRAINING, LegalFacts.TRAINING_CIRCULAR_2010,
                    CIRCULAR_IN_FORCE, LegalFacts.TRAINING_CIRCULAR_2010.inForceUntil(), Verification.VERIFIED,
                    "Chi tập huấn nghiệp vụ theo Thông tư 139/2010/TT-BTC"),
            item("TT121-TRAINING-36-2018", FundingItem.TRAINING, LegalFacts.TRAINING_CIRCULAR_2018,
                    LegalFacts.TRAINING_CIRCULAR_2018.inForceFrom().orElseThrow(), Optional.empty(),
                    Verification.INFERRED,
                    "Chi tập huấn nghiệp vụ theo Thông tư 36/2018/TT-BTC, văn bản bãi bỏ Thông tư 139/2010/TT-BTC"),
            // 20,000,000 is verified; 25,000,000 in difficult areas only through provincial resolutions.
            minimum("TT121-COMMUNE-FRONT-MINIMUM", FundingItem.COMMUNE_FRONT_SUPPORT,
                    LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM, Verification.PARTLY_VERIFIED,
                    "Hỗ trợ Ủy ban MTTQ cấp xã tối thiểu 20.000.000 đồng/năm; xã thuộc vùng khó khăn tối thiểu "
                            + "25.000.000 đồng/năm"),
            minimum("TT121-RESIDENTIAL-TEAM-MINIMUM", FundingItem.RESIDENTIAL_TEAM_SUPPORT,
                    LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM, Verification.VERIFIED,
                    "Hỗ trợ Ban công tác Mặt trận ở khu dân cư tối thiểu 5.000.000 đồng/năm với khu dân cư dưới "
                            + "700 hộ; thêm 1.000.000 đồng cho mỗi 200 hộ tăng thêm; thêm 1.000.000 đồng ở xã khó "
                            + "khăn, đặc biệt khó khăn"));

    private FundingRules() {
    }

    private static FundingRule item(String id, FundingItem item, LegalDocument norm, LocalDate from,
            Optional<LocalDate> to, Verification verification, String note) {
        return new FundingRule(id, item, LegalFacts.CIRCULAR_121_2017, Optional.empty(), Optional.of(norm.number()),
                Optional.empty(), from, to, verification, note);
    }

    private static FundingRule minimum(String id, FundingItem item, SupportMinimum minimum,
            Verification verification, String note) {
        return new FundingRule(id, item, LegalFacts.CIRCULAR_121_2017, Optional.empty(), Optional.empty(),
                Optional.of(minimum), CIRCULAR_IN_FORCE, Optional.empty(), verification, note);
    }

    /**
     * Returns every known rule, of every period.
     *
     * @return the rules, never null
     */
    public static List<FundingRule> all() {
        return ALL;
    }

    /**
     * Returns the rules in force on a day: at most one for each item.
     *
     * @param day the day, not null
     * @return the rules in force, never null, empty before 01/01/2018
     */
    public static List<FundingRule> inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<FundingRule> inForce = new ArrayList<>(ALL.size());
        for (FundingRule rule : ALL) {
            if (rule.isInForceOn(day)) {
                inForce.add(rule);
            }
        }
        return List.copyOf(inForce);
    }

    /**
     * Returns the rule in force on a day for a spending item, with the norm in force on that day.
     *
     * @param item the item, not null
     * @param day the day, not null
     * @return the rule, or empty if no rule covers the item on that day
     */
    public static Optional<FundingRule> forItem(FundingItem item, LocalDate day) {
        Objects.requireNonNull(item, "item");
        return inForceOn(day).stream().filter(rule -> rule.item() == item).findFirst();
    }
}
