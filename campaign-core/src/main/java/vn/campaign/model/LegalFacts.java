package vn.campaign.model;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dated facts of law this SDK relies on, each defined here once with its source: the National
 * Great Unity Day, the start of two-tier local government on 1/7/2025, and the dates and minimum
 * support levels of Circular 121/2017/TT-BTC on the campaign's funding.
 *
 * <p>The sources are those of the project's domain notes, where each fact here is marked verified.
 * What is built on these facts takes them from here: the funding rules ({@link FundingRules}), the
 * administrative structures in force on a day
 * ({@link vn.campaign.compliance.AdministrativeHierarchy}) and the compliance rules. A fact that changes is changed here, with its new source.
 *
 * <p>Not instantiable; the constants are immutable and thread-safe.
 */
public final class LegalFacts {

    /**
     * The National Great Unity Day (Ngày hội Đại đoàn kết toàn dân tộc): 18 November every year,
     * the day the Front was founded in 1930 (Law on the Vietnam Fatherland Front 2015, Article 11).
     * The festival of {@link TaskKind#GREAT_UNITY_FESTIVAL} at residential areas is held on or
     * before it.
     */
    public static final MonthDay NATIONAL_GREAT_UNITY_DAY = MonthDay.of(11, 18);

    /**
     * The first day of two-tier local government, 1 July 2025: from this day there are provinces
     * and communes and no district level; the day before, 30 June 2025, is the last day of the four
     * levels (central, province, district, commune). The end of the district level rests on the Law
     * on the Organisation of Local Government, Law 72/2025/QH15 of 16/6/2025, in force 1/7/2025,
     * and on the amendment of the Constitution (Resolution 203/2025/QH15); the merger of provinces
     * into 34 on Resolution 202/2025/QH15 of 12/6/2025.
     */
    public static final LocalDate TWO_TIER_LOCAL_GOVERNMENT_FROM = LocalDate.of(2025, 7, 1);

    /**
     * Circular 121/2017/TT-BTC of the Ministry of Finance on the management and use of the funds of
     * the campaign: the source of every rule of {@link FundingRules}.
     */
    public static final DocumentNumber CIRCULAR_121_2017 = DocumentNumber.parse("121/2017/TT-BTC");

    /** The date of Circular 121/2017/TT-BTC: 15 November 2017. */
    public static final LocalDate CIRCULAR_121_2017_DATE = LocalDate.of(2017, 11, 15);

    /**
     * The first day Circular 121/2017/TT-BTC is in force: 1 January 2018. No replacement was found,
     * so its rules carry no end date.
     */
    public static final LocalDate CIRCULAR_121_2017_IN_FORCE = LocalDate.of(2018, 1, 1);

    /**
     * The minimum yearly support to a commune-level Front Committee: 20,000,000 đồng, and
     * 25,000,000 đồng in communes of difficult areas (Circular 121/2017/TT-BTC, Article 4).
     */
    public static final SupportMinimum COMMUNE_FRONT_SUPPORT_MINIMUM =
            new SupportMinimum(Money.vnd(20_000_000), 0, 0, Money.ZERO, Money.vnd(5_000_000));

    /**
     * The minimum yearly support to a residential-area Front work team: 5,000,000 đồng for fewer
     * than 700 households, plus 1,000,000 đồng for each further 200 households, plus 1,000,000 đồng
     * in difficult or extremely difficult communes (Circular 121/2017/TT-BTC, Article 4; how the
     * further households are counted is {@link SupportMinimum}'s reading).
     */
    public static final SupportMinimum RESIDENTIAL_TEAM_SUPPORT_MINIMUM =
            new SupportMinimum(Money.vnd(5_000_000), 700, 200, Money.vnd(1_000_000), Money.vnd(1_000_000));

    private LegalFacts() {
    }
}
