package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FundingRulesTest {

    private static SupportMinimum minimum(FundingItem item) {
        return FundingRules.forItem(item, LocalDate.of(2024, 6, 1)).flatMap(FundingRule::minimum).orElseThrow();
    }

    @Test
    void rules_areInForceFromTheCircularsStartOnly() {
        assertThat(FundingRules.inForceOn(LocalDate.of(2017, 12, 31))).isEmpty();
        assertThat(FundingRules.inForceOn(LocalDate.of(2018, 1, 1))).hasSize(FundingRules.all().size());
        assertThat(FundingRules.all()).allSatisfy(rule ->
                assertThat(rule.source()).isEqualTo(LegalFacts.CIRCULAR_121_2017));
    }

    @Test
    void spendingItems_pointToTheirNorms() {
        assertThat(FundingRules.forItem(FundingItem.COMMENDATION, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::norm).map(Object::toString)).contains("91/2017/NĐ-CP");
        assertThat(FundingRules.forItem(FundingItem.TRAINING, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::norm).map(Object::toString)).contains("139/2010/TT-BTC");
        assertThat(FundingRules.forItem(FundingItem.OTHER, LocalDate.of(2024, 1, 1))).isEmpty();
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

        assertThatThrownBy(() -> new FundingRule("X", rule.item(), rule.source(), "Điều 3", rule.norm(),
                rule.minimum(), LocalDate.of(2020, 1, 1), java.util.Optional.of(LocalDate.of(2019, 1, 1)), "n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Rule X ends (2019-01-01) before it starts (2020-01-01)");
    }
}
