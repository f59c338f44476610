package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.AdministrativeHierarchy;

class LegalFactsTest {

    @Test
    void nationalGreatUnityDay_is18November() {
        assertThat(LegalFacts.NATIONAL_GREAT_UNITY_DAY).isEqualTo(MonthDay.of(11, 18));
    }

    @Test
    void twoTierLocalGovernment_startsOn1July2025_theDayAfterTheLastOfTheFourLevels() {
        assertThat(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(AdministrativeHierarchy.TWO_TIER.effectiveFrom()).isEqualTo(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_FROM);
        assertThat(AdministrativeHierarchy.FOUR_LEVEL.effectiveTo()).contains(LocalDate.of(2025, 6, 30));
        assertThat(AdministrativeHierarchy.inForceOn(LocalDate.of(2025, 6, 30))).isEqualTo(AdministrativeHierarchy.FOUR_LEVEL);
        assertThat(AdministrativeHierarchy.inForceOn(LocalDate.of(2025, 7, 1))).isEqualTo(AdministrativeHierarchy.TWO_TIER);
    }

    @Test
    void circular121_isDated15November2017AndInForceFrom1January2018() {
        assertThat(LegalFacts.CIRCULAR_121_2017).hasToString("121/2017/TT-BTC");
        assertThat(LegalFacts.CIRCULAR_121_2017_DATE).isEqualTo(LocalDate.of(2017, 11, 15));
        assertThat(LegalFacts.CIRCULAR_121_2017_IN_FORCE).isEqualTo(LocalDate.of(2018, 1, 1));
    }

    @Test
    void fundingRules_takeTheCircularsStartAndMinimumsFromHere() {
        assertThat(FundingRules.all()).allSatisfy(rule -> {
            assertThat(rule.source()).isEqualTo(LegalFacts.CIRCULAR_121_2017);
            assertThat(rule.effectiveFrom()).isEqualTo(LegalFacts.CIRCULAR_121_2017_IN_FORCE);
        });
        assertThat(FundingRules.forItem(FundingItem.COMMUNE_FRONT_SUPPORT, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::minimum)).isEqualTo(Optional.of(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM));
        assertThat(FundingRules.forItem(FundingItem.RESIDENTIAL_TEAM_SUPPORT, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::minimum)).isEqualTo(Optional.of(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM));
    }

    @Test
    void supportMinimums_areThoseOfArticle4() {
        assertThat(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM.minimumFor(0, false)).isEqualTo(Money.vnd(20_000_000));
        assertThat(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM.minimumFor(0, true)).isEqualTo(Money.vnd(25_000_000));
        assertThat(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM.minimumFor(699, false)).isEqualTo(Money.vnd(5_000_000));
        assertThat(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM.minimumFor(900, true)).isEqualTo(Money.vnd(7_000_000));
    }
}
