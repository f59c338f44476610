package vn.campaign.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dated facts of law this SDK relies on, each defined here once with its source, its dates and
 * how it was verified: the National Great Unity Day, the start of two-tier local government on
 * 1/7/2025, Circular 121/2017/TT-BTC on the campaign's funding with its minimum support levels, and
 * the norms the circular points to.
 *
 * <p>The evidence for each fact is in {@code docs/legal-sources.md} (sources read on 2026-11-29),
 * named by section in each constant's description and in {@link LegalDocument#evidence()}; what no
 * source gave is left out, never guessed. What is built on these facts takes them from here: the
 * funding rules ({@link FundingRules}), the administrative structures in force on a day
 * ({@link vn.campaign.compliance.AdministrativeHierarchy}) and the compliance rules. A fact that
 * changes is changed here, with its new source.
 *
 * <p>Not instantiable; the constants are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LegalFacts {

    /**
     * The Law on the Vietnam Fatherland Front, Law 75/2015/QH13 of 9/6/2015, in force from 1/1/2016
     * (verified, legal-sources.md §8). Law 97/2025/QH15 amended eleven of its articles from 1/7/2025,
     * not Article 11 (partly verified).
     */
    public static final LegalDocument LAW_ON_THE_FRONT_2015 = new LegalDocument(DocumentType.LAW,
            DocumentNumber.parse("75/2015/QH13"), LocalDate.of(2015, 6, 9), Optional.of(LocalDate.of(2016, 1, 1)),
            Optional.empty(), Optional.empty(), Verification.VERIFIED, "docs/legal-sources.md §8");

    /**
     * The National Great Unity Day (Ngày hội Đại đoàn kết toàn dân tộc): 18 November every year,
     * the day the Front was founded in 1930 (Law on the Vietnam Fatherland Front 2015, Article 11,
     * {@link #LAW_ON_THE_FRONT_2015}; the article's text verified, legal-sources.md §8). The festival
     * of {@link TaskKind#GREAT_UNITY_FESTIVAL} at residential areas is held on or before it.
     */
    public static final MonthDay NATIONAL_GREAT_UNITY_DAY = MonthDay.of(11, 18);

    /**
     * The Law on the Organisation of Local Government, Law 72/2025/QH15, adopted on 16/6/2025 and in
     * force from that day (Article 51(1)); it repealed Law 65/2025/QH15 (Article 51(2)). Its Article
     * 51(3) ends the district level on 1/7/2025. Verified on the text of its Chapter VII; the article
     * number 51 from the context (legal-sources.md §1a).
     */
    public static final LegalDocument LOCAL_GOVERNMENT_LAW_2025 = new LegalDocument(DocumentType.LAW,
            DocumentNumber.parse("72/2025/QH15"), LocalDate.of(2025, 6, 16), Optional.of(LocalDate.of(2025, 6, 16)),
            Optional.empty(), Optional.empty(), Verification.VERIFIED, "docs/legal-sources.md §1a");

    /**
     * The amendment of the 2013 Constitution, Resolution 203/2025/QH15, adopted on 16/6/2025 and in
     * force from that day (the number and date verified on its full text; the entry into force from
     * news, partly verified). Its Article 2 ends the district-level units from 1/7/2025 (news only;
     * the wording was not found); its Article 1 puts the five member organisations under the Front
     * (verified) and sets two levels of local government (news). Legal-sources.md §1b.
     */
    public static final LegalDocument CONSTITUTION_AMENDMENT_2025 = new LegalDocument(DocumentType.RESOLUTION,
            DocumentNumber.parse("203/2025/QH15"), LocalDate.of(2025, 6, 16), Optional.of(LocalDate.of(2025, 6, 16)),
            Optional.empty(), Optional.empty(), Verification.PARTLY_VERIFIED, "docs/legal-sources.md §1b");

    /**
     * The first day of two-tier local government, 1 July 2025: from this day there are provinces
     * and communes and no district level; the day before, 30 June 2025, is the last day of the four
     * levels (central, province, district, commune). The end of the district level rests on
     * {@link #LOCAL_GOVERNMENT_LAW_2025 Law 72/2025/QH15}, Article 51(3) (in force since 16/6/2025;
     * verified), and on {@link #CONSTITUTION_AMENDMENT_2025 Resolution 203/2025/QH15}, Article 2
     * (partly verified): {@link #TWO_TIER_LOCAL_GOVERNMENT_SOURCE}. It does not rest on Resolution
     * 202/2025/QH15 of 12/6/2025, which merges the provinces into 34 (legal-sources.md §2).
     */
    public static final LocalDate TWO_TIER_LOCAL_GOVERNMENT_FROM = LocalDate.of(2025, 7, 1);

    /**
     * The sources of {@link #TWO_TIER_LOCAL_GOVERNMENT_FROM} as the compliance messages cite them, in
     * Vietnamese: {@code "khoản 3 Điều 51 Luật 72/2025/QH15; Nghị quyết 203/2025/QH15"}.
     */
    public static final String TWO_TIER_LOCAL_GOVERNMENT_SOURCE = "khoản 3 Điều 51 "
            + LOCAL_GOVERNMENT_LAW_2025.citation() + "; " + CONSTITUTION_AMENDMENT_2025.citation();

    /**
     * Circular 121/2017/TT-BTC of the Ministry of Finance on the management and use of the funds of
     * the campaign, of 15/11/2017, in force from 1/1/2018: the source of every rule of
     * {@link FundingRules}. Its date, entry into force, funding sources, spending items with their
     * norms and minimum support levels are verified through the Ministry of Finance's journal; its
     * article numbers and any replacement or amendment were not found (legal-sources.md §4).
     */
    public static final LegalDocument CAMPAIGN_FUNDING_CIRCULAR = new LegalDocument(DocumentType.CIRCULAR,
            DocumentNumber.parse("121/2017/TT-BTC"), LocalDate.of(2017, 11, 15), Optional.of(LocalDate.of(2018, 1, 1)),
            Optional.empty(), Optional.empty(), Verification.VERIFIED, "docs/legal-sources.md §4");

    /** The number of Circular 121/2017/TT-BTC, {@link #CAMPAIGN_FUNDING_CIRCULAR}'s. */
    public static final DocumentNumber CIRCULAR_121_2017 = CAMPAIGN_FUNDING_CIRCULAR.number();

    /** The date of Circular 121/2017/TT-BTC: 15 November 2017 (verified). */
    public static final LocalDate CIRCULAR_121_2017_DATE = CAMPAIGN_FUNDING_CIRCULAR.date();

    /**
     * The first day Circular 121/2017/TT-BTC is in force: 1 January 2018 (verified). No replacement
     * was found, so its rules carry no end date.
     */
    public static final LocalDate CIRCULAR_121_2017_IN_FORCE = CAMPAIGN_FUNDING_CIRCULAR.inForceFrom().orElseThrow();

    /**
     * The decree detailing the Law on Emulation and Commendation that Circular 121/2017/TT-BTC names
     * as the norm of commendation: Decree 91/2017/NĐ-CP of 31/7/2017 (verified), in force from
     * 1/10/2017 (database metadata), until 31/12/2023, replaced by {@link #COMMENDATION_DECREE_2023}
     * (secondary sources). Legal-sources.md §5.
     */
    public static final LegalDocument COMMENDATION_DECREE_2017 = new LegalDocument(DocumentType.DECREE,
            DocumentNumber.parse("91/2017/NĐ-CP"), LocalDate.of(2017, 7, 31), Optional.of(LocalDate.of(2017, 10, 1)),
            Optional.of(LocalDate.of(2023, 12, 31)), Optional.of(DocumentNumber.parse("98/2023/NĐ-CP")),
            Verification.PARTLY_VERIFIED, "docs/legal-sources.md §5");

    /**
     * Decree 98/2023/NĐ-CP of 31/12/2023 (verified), detailing the Law on Emulation and Commendation,
     * in force from 1/1/2024 (metadata and secondary sources), replacing Decree 91/2017/NĐ-CP. Its end
     * and its replacement were not found: that {@link #COMMENDATION_DECREE_2025} replaced it is not
     * verified. Legal-sources.md §5.
     */
    public static final LegalDocument COMMENDATION_DECREE_2023 = new LegalDocument(DocumentType.DECREE,
            DocumentNumber.parse("98/2023/NĐ-CP"), LocalDate.of(2023, 12, 31), Optional.of(LocalDate.of(2024, 1, 1)),
            Optional.empty(), Optional.empty(), Verification.PARTLY_VERIFIED, "docs/legal-sources.md §5");

    /**
     * Decree 152/2025/NĐ-CP of 14/6/2025 (verified) on the decentralisation of emulation and
     * commendation, detailing the Law on Emulation and Commendation, in force from 1/7/2025 (news,
     * partly verified). That it replaces {@link #COMMENDATION_DECREE_2023} was not found.
     * Legal-sources.md §5.
     */
    public static final LegalDocument COMMENDATION_DECREE_2025 = new LegalDocument(DocumentType.DECREE,
            DocumentNumber.parse("152/2025/NĐ-CP"), LocalDate.of(2025, 6, 14), Optional.of(LocalDate.of(2025, 7, 1)),
            Optional.empty(), Optional.empty(), Verification.PARTLY_VERIFIED, "docs/legal-sources.md §5");

    /**
     * The norm of training costs Circular 121/2017/TT-BTC names: Circular 139/2010/TT-BTC of
     * 21/9/2010 (verified; its entry into force was not found), repealed by
     * {@link #TRAINING_CIRCULAR_2018} from 15/6/2018, so in force until 14/6/2018 (an institution's
     * news and database metadata). Legal-sources.md §6.
     */
    public static final LegalDocument TRAINING_CIRCULAR_2010 = new LegalDocument(DocumentType.CIRCULAR,
            DocumentNumber.parse("139/2010/TT-BTC"), LocalDate.of(2010, 9, 21), Optional.empty(),
            Optional.of(LocalDate.of(2018, 6, 14)), Optional.of(DocumentNumber.parse("36/2018/TT-BTC")),
            Verification.PARTLY_VERIFIED, "docs/legal-sources.md §6");

    /**
     * Circular 36/2018/TT-BTC of 30/3/2018 on the costs of training officials, in force from
     * 15/6/2018, repealing Circular 139/2010/TT-BTC (an institution's news and database metadata,
     * partly verified; amendments not found). Legal-sources.md §6.
     */
    public static final LegalDocument TRAINING_CIRCULAR_2018 = new LegalDocument(DocumentType.CIRCULAR,
            DocumentNumber.parse("36/2018/TT-BTC"), LocalDate.of(2018, 3, 30), Optional.of(LocalDate.of(2018, 6, 15)),
            Optional.empty(), Optional.empty(), Verification.PARTLY_VERIFIED, "docs/legal-sources.md §6");

    /**
     * The norm of information and propaganda Circular 121/2017/TT-BTC names: Joint Circular
     * 14/2014/TTLT-BTC-BTP of 27/1/2014 on the funding of legal dissemination (verified). Its entry
     * into force and its replacement were not found; Circular 56/2023/TT-BTC, in force from
     * 6/10/2023, is the text on the subject now, but whether it replaced this one was not found, so
     * the SDK does not apply it. Legal-sources.md §7a.
     */
    public static final LegalDocument LEGAL_DISSEMINATION_JOINT_CIRCULAR_2014 = new LegalDocument(
            DocumentType.JOINT_CIRCULAR, DocumentNumber.parse("14/2014/TTLT-BTC-BTP"), LocalDate.of(2014, 1, 27),
            Optional.empty(), Optional.empty(), Optional.empty(), Verification.VERIFIED, "docs/legal-sources.md §7a");

    /**
     * The norm of inspection trips, briefings and review meetings Circular 121/2017/TT-BTC names:
     * Circular 40/2017/TT-BTC of 28/4/2017 on work-trip and conference expenses, in force from
     * 1/7/2017 (verified; no replacement found). Legal-sources.md §7b.
     */
    public static final LegalDocument WORK_TRIP_CIRCULAR_2017 = new LegalDocument(DocumentType.CIRCULAR,
            DocumentNumber.parse("40/2017/TT-BTC"), LocalDate.of(2017, 4, 28), Optional.of(LocalDate.of(2017, 7, 1)),
            Optional.empty(), Optional.empty(), Verification.VERIFIED, "docs/legal-sources.md §7b");

    /**
     * The minimum yearly support to a commune-level Front Committee set by Circular 121/2017/TT-BTC
     * (its article was not found): 20,000,000 đồng (verified through the Ministry of Finance's
     * journal), and 25,000,000 đồng in communes of difficult areas (partly verified: only provincial
     * resolutions that repeat the circular's levels give it). Legal-sources.md §4.
     */
    public static final SupportMinimum COMMUNE_FRONT_SUPPORT_MINIMUM =
            new SupportMinimum(Money.vnd(20_000_000), 0, 0, Money.ZERO, Money.vnd(5_000_000));

    /**
     * The minimum yearly support to a residential-area Front work team set by Circular
     * 121/2017/TT-BTC (its article was not found; the amounts verified through the Ministry of
     * Finance's journal): 5,000,000 đồng for fewer than 700 households, plus 1,000,000 đồng for each
     * further 200 households, plus 1,000,000 đồng in difficult or extremely difficult communes (the
     * summary also names coastal-flat and island communes). How the further households are counted is
     * {@link SupportMinimum}'s reading. Legal-sources.md §4.
     */
    public static final SupportMinimum RESIDENTIAL_TEAM_SUPPORT_MINIMUM =
            new SupportMinimum(Money.vnd(5_000_000), 700, 200, Money.vnd(1_000_000), Money.vnd(1_000_000));

    private static final List<LegalDocument> DOCUMENTS = List.of(LAW_ON_THE_FRONT_2015, LOCAL_GOVERNMENT_LAW_2025,
            CONSTITUTION_AMENDMENT_2025, CAMPAIGN_FUNDING_CIRCULAR, COMMENDATION_DECREE_2017,
            COMMENDATION_DECREE_2023, COMMENDATION_DECREE_2025, TRAINING_CIRCULAR_2010, TRAINING_CIRCULAR_2018,
            LEGAL_DISSEMINATION_JOINT_CIRCULAR_2014, WORK_TRIP_CIRCULAR_2017);

    private LegalFacts() {
    }

    /**
     * Returns the documents of law this SDK relies on, with their dates as found.
     *
     * @return the documents, never null
     */
    public static List<LegalDocument> documents() {
        return DOCUMENTS;
    }

    /**
     * Returns the document this SDK knows with a given number.
     *
     * @param number the number, not null
     * @return the document, or empty if it is not one of {@link #documents()}
     */
    public static Optional<LegalDocument> document(DocumentNumber number) {
        Objects.requireNonNull(number, "number");
        return DOCUMENTS.stream().filter(document -> document.number().sameDocument(number)).findFirst();
    }
}
