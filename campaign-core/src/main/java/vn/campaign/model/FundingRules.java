package vn.campaign.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The funding rules of the campaign that this SDK knows, each with its legal source.
 *
 * <p>Today these are the rules of Circular 121/2017/TT-BTC of the Ministry of Finance
 * ({@link LegalFacts#CIRCULAR_121_2017}, in force from
 * {@link LegalFacts#CIRCULAR_121_2017_IN_FORCE 01/01/2018}): the spending items of Article 3 with
 * the norm each follows, and the minimum support levels of Article 4
 * ({@link LegalFacts#COMMUNE_FRONT_SUPPORT_MINIMUM},
 * {@link LegalFacts#RESIDENTIAL_TEAM_SUPPORT_MINIMUM}). No replacement of the circular was found; the
 * rules carry no end date. This class is immutable and thread-safe.
 */
public final class FundingRules {

    private static final List<FundingRule> ALL = List.of(
            item("TT121-COMMENDATION", FundingItem.COMMENDATION, "91/2017/NĐ-CP",
                    "Chi khen thưởng theo Nghị định 91/2017/NĐ-CP"),
            item("TT121-PROPAGANDA", FundingItem.PROPAGANDA, "14/2014/TTLT-BTC-BTP",
                    "Chi thông tin, tuyên truyền theo Thông tư liên tịch 14/2014/TTLT-BTC-BTP"),
            item("TT121-INSPECTION-REVIEW", FundingItem.INSPECTION_REVIEW, "40/2017/TT-BTC",
                    "Chi kiểm tra, chỉ đạo, khảo sát, giao ban, sơ kết, tổng kết theo Thông tư 40/2017/TT-BTC"),
            item("TT121-TRAINING", FundingItem.TRAINING, "139/2010/TT-BTC",
                    "Chi tập huấn nghiệp vụ theo Thông tư 139/2010/TT-BTC"),
            new FundingRule("TT121-COMMUNE-FRONT-MINIMUM", FundingItem.COMMUNE_FRONT_SUPPORT,
                    LegalFacts.CIRCULAR_121_2017, "Điều 4", Optional.empty(),
                    Optional.of(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM),
                    LegalFacts.CIRCULAR_121_2017_IN_FORCE, Optional.empty(),
                    "Hỗ trợ Ủy ban MTTQ cấp xã tối thiểu 20.000.000 đồng/năm; xã thuộc vùng khó khăn tối thiểu "
                            + "25.000.000 đồng/năm"),
            new FundingRule("TT121-RESIDENTIAL-TEAM-MINIMUM", FundingItem.RESIDENTIAL_TEAM_SUPPORT,
                    LegalFacts.CIRCULAR_121_2017, "Điều 4", Optional.empty(),
                    Optional.of(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM),
                    LegalFacts.CIRCULAR_121_2017_IN_FORCE, Optional.empty(),
                    "Hỗ trợ Ban công tác Mặt trận ở khu dân cư tối thiểu 5.000.000 đồng/năm với khu dân cư dưới "
                            + "700 hộ; thêm 1.000.000 đồng cho mỗi 200 hộ tăng thêm; thêm 1.000.000 đồng ở xã khó "
                            + "khăn, đặc biệt khó khăn"));

    private FundingRules() {
    }

    private static FundingRule item(String id, FundingItem item, String norm, String note) {
        return new FundingRule(id, item, LegalFacts.CIRCULAR_121_2017, "Điều 3",
                Optional.of(DocumentNumber.parse(norm)), Optional.empty(), LegalFacts.CIRCULAR_121_2017_IN_FORCE,
                Optional.empty(), note);
    }

    /**
     * Returns every known rule.
     *
     * @return the rules, never null
     */
    public static List<FundingRule> all() {
        return ALL;
    }

    /**
     * Returns the rules in force on a day.
     *
     * @param day the day, not null
     * @return the rules in force, never null, empty before 01/01/2018
     */
    public static List<FundingRule> inForceOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return ALL.stream().filter(rule -> rule.isInForceOn(day)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the rule in force on a day for a spending item.
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
