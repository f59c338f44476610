package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundingRulesTest {

    private static SupportMinimum minimum(FundingItem item) {
        return FundingRules.forItem(item, LocalDate.of(2024, 6, 1)).flatMap(FundingRule::minimum).orElseThrow();
    }

    private static Optional<String> norm(FundingItem item, LocalDate day) {
        return FundingRules.forItem(item, day).flatMap(FundingRule::norm).map(Object::toString);
    }

    /** Every day a rule starts or ends, and the days around it. */
    private static List<LocalDate> changeDays() {
        List<LocalDate> days = new ArrayList<>();
        for (FundingRule rule : FundingRules.all()) {
            days.add(rule.effectiveFrom().minusDays(1));
            days.add(rule.effectiveFrom());
            rule.effectiveTo().ifPresent(end -> {
                days.add(end);
                days.add(end.plusDays(1));
            });
        }
        return days;
    }

    @Test
    void rules_areInForceFromTheCircularsStartOnly() {
        assertThat(FundingRules.inForceOn(LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(FundingRules.inForceOn(LocalDate.of(2018, 1, 1))).extracting(FundingRule::item).containsExactly(
                FundingItem.COMMENDATION, FundingItem.PROPAGANDA, FundingItem.INSPECTION_REVIEW, FundingItem.TRAINING,
                FundingItem.COMMUNE_FRONT_SUPPORT, FundingItem.RESIDENTIAL_TEAM_SUPPORT);
        assertThat(FundingRules.all()).allSatisfy(rule ->
                assertThat(rule.source()).isEqualTo(LegalFacts.CIRCULAR_121_2017));
    }

    @Test
    void rules_ofAnItemFollowEachOtherWithoutGapOrOverlap() {
        List<FundingItem> items = FundingRules.inForceOn(LegalFacts.CIRCULAR_121_2017_IN_FORCE).stream()
                .map(FundingRule::item).toList();

        for (LocalDate day : changeDays()) {
            if (day.isBefore(LegalFacts.CIRCULAR_121_2017_IN_FORCE)) {
                continue;
            }
            assertThat(FundingRules.inForceOn(day)).as(day.toString()).extracting(FundingRule::item)
                    .containsExactlyElementsOf(items);
        }
    }

    @Test
    void commendation_citesTheDecreeInForceOnTheDay() {
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2018, 1, 1))).contains("91/2017/NĐ-CP");
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2023, 12, 31))).contains("91/2017/NĐ-CP");
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2024, 1, 1))).contains("98/2023/NĐ-CP");
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2025, 6, 30))).contains("98/2023/NĐ-CP");
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2025, 7, 1))).contains("152/2025/NĐ-CP");
        assertThat(norm(FundingItem.COMMENDATION, LocalDate.of(2026, 11, 29))).contains("152/2025/NĐ-CP");
    }

    @Test
    void training_citesCircular139Until14June2018And36_2018From15June() {
        assertThat(norm(FundingItem.TRAINING, LocalDate.of(2018, 1, 1))).contains("139/2010/TT-BTC");
        assertThat(norm(FundingItem.TRAINING, LocalDate.of(2018, 6, 14))).contains("139/2010/TT-BTC");
        assertThat(norm(FundingItem.TRAINING, LocalDate.of(2018, 6, 15))).contains("36/2018/TT-BTC");
        assertThat(norm(FundingItem.TRAINING, LocalDate.of(2026, 11, 29))).contains("36/2018/TT-BTC");
    }

    @Test
    void propagandaAndInspection_keepTheirNorms_noReplacementFound() {
        assertThat(norm(FundingItem.PROPAGANDA, LocalDate.of(2026, 11, 29))).contains("14/2014/TTLT-BTC-BTP");
        assertThat(norm(FundingItem.INSPECTION_REVIEW, LocalDate.of(2026, 11, 29))).contains("40/2017/TT-BTC");
        assertThat(FundingRules.forItem(FundingItem.OTHER, LocalDate.of(2024, 1, 1))).isEmpty();
    }

    @Test
    void verification_marksTheNormsTheCircularDoesNotName() {
        assertThat(FundingRules.all()).filteredOn(rule -> rule.verification() == Verification.INFERRED)
                .extracting(FundingRule::id)
                .containsExactly("TT121-COMMENDATION-98-2023", "TT121-COMMENDATION-152-2025", "TT121-TRAINING-36-2018");
        FundingRule latest = FundingRules.forItem(FundingItem.COMMENDATION, LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(latest.note()).contains("chưa xác minh", "98/2023/NĐ-CP");
        assertThat(FundingRules.forItem(FundingItem.COMMUNE_FRONT_SUPPORT, LocalDate.of(2024, 1, 1))
                .map(FundingRule::verification)).contains(Verification.PARTLY_VERIFIED);
    }

    @Test
    void rules_nameNoArticle_theCircularsArticlesWereNotFound() {
        assertThat(FundingRules.all()).allSatisfy(rule -> {
            assertThat(rule.provision()).isEmpty();
            assertThat(rule.citation()).isEqualTo("Thông tư 121/2017/TT-BTC");
        });
    }

    @Test
    void citation_putsAKnownProvisionFirst() {
        FundingRule rule = FundingRules.all().get(0);
        FundingRule withArticle = new FundingRule("X", rule.item(), rule.source(), Optional.of("Điều 9"), rule.norm(),
                rule.minimum(), rule.effectiveFrom(), rule.effectiveTo(), Verification.VERIFIED, "n");

        assertThat(withArticle.citation()).isEqualTo("Điều 9 Thông tư 121/2017/TT-BTC");
    }

    @Test
    void communeFront_atLeast20MillionOr25InDifficultAreas() {
        SupportMinimum commune = minimum(FundingItem.COMMUNE_FRONT_SUPPORT);

        assertThat(commune.minimumFor(0, false)).isEqualTo(Money.vnd(20_000_000));
        assertThat(commune.minimumFor(5_000, false)).isEqualTo(Money.vnd(20_000_000));
        assertThat(commune.minimumFor(0, true)).isEqualTo(Money.vnd(25_000_000));
    }

    @Test
    void residentialTeam_fiveMillionPlusWholeBlocksOf200AboveSevenHundred() {
        SupportMinimum team = minimum(FundingItem.RESIDENTIAL_TEAM_SUPPORT);

        assertThat(team.minimumFor(699, false)).isEqualTo(Money.vnd(5_000_000));
        assertThat(team.minimumFor(899, false)).isEqualTo(Money.vnd(5_000_000));
        assertThat(team.minimumFor(900, false)).isEqualTo(Money.vnd(6_000_000));
        assertThat(team.minimumFor(1_100, true)).isEqualTo(Money.vnd(8_000_000));
    }

    @Test
    void minimumFor_rejectsNegativeHouseholds() {
        assertThatThrownBy(() -> minimum(FundingItem.RESIDENTIAL_TEAM_SUPPORT).minimumFor(-1, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("households must not be negative: -1");
    }

    @Test
    void rule_rejectsAnEndBeforeItsStart() {
        FundingRule rule = FundingRules.all().get(0);

        assertThatThrownBy(() -> new FundingRule("X", rule.item(), rule.source(), Optional.empty(), rule.norm(),
                rule.minimum(), LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2019, 1, 1)), Verification.VERIFIED,
                "n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rule X ends (2019-01-01) before it starts (2020-01-01)");
    }
}
