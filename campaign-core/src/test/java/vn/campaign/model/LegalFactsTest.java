package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void lawOnTheFront2015_isInForceFrom1January2016() {
        assertThat(LegalFacts.LAW_ON_THE_FRONT_2015.number()).hasToString("75/2015/QH13");
        assertThat(LegalFacts.LAW_ON_THE_FRONT_2015.inForceFrom()).contains(LocalDate.of(2016, 1, 1));
    }

    @Test
    void localGovernmentLaw72_isInForceFromItsAdoptionOn16June2025_notFrom1July() {
        LegalDocument law = LegalFacts.LOCAL_GOVERNMENT_LAW_2025;

        assertThat(law.number()).hasToString("72/2025/QH15");
        assertThat(law.date()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(law.inForceFrom()).contains(LocalDate.of(2025, 6, 16));
        assertThat(law.isInForceOn(LocalDate.of(2025, 6, 15))).isFalse();
        assertThat(law.isInForceOn(LocalDate.of(2025, 6, 16))).isTrue();
        assertThat(LegalFacts.CONSTITUTION_AMENDMENT_2025.inForceFrom()).contains(LocalDate.of(2025, 6, 16));
        assertThat(LegalFacts.CONSTITUTION_AMENDMENT_2025.verification()).isEqualTo(Verification.PARTLY_VERIFIED);
    }

    @Test
    void twoTierSource_citesLaw72Article51Clause3AndResolution203_notTheProvinceMerger() {
        assertThat(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE)
                .isEqualTo("khoản 3 Điều 51 Luật 72/2025/QH15; Nghị quyết 203/2025/QH15")
                .doesNotContain("202/2025");
        assertThat(AdministrativeHierarchy.TWO_TIER.source()).isEqualTo(LegalFacts.TWO_TIER_LOCAL_GOVERNMENT_SOURCE);
    }

    @Test
    void commendationDecrees_followEachOther_theReplacementOf98By152NotFound() {
        assertThat(LegalFacts.COMMENDATION_DECREE_2017.inForceUntil()).contains(LocalDate.of(2023, 12, 31));
        assertThat(LegalFacts.COMMENDATION_DECREE_2017.replacedBy()).contains(LegalFacts.COMMENDATION_DECREE_2023.number());
        assertThat(LegalFacts.COMMENDATION_DECREE_2023.inForceFrom()).contains(LocalDate.of(2024, 1, 1));
        assertThat(LegalFacts.COMMENDATION_DECREE_2023.inForceUntil()).isEmpty();
        assertThat(LegalFacts.COMMENDATION_DECREE_2023.replacedBy()).isEmpty();
        assertThat(LegalFacts.COMMENDATION_DECREE_2025.date()).isEqualTo(LocalDate.of(2025, 6, 14));
        assertThat(LegalFacts.COMMENDATION_DECREE_2025.inForceFrom()).contains(LocalDate.of(2025, 7, 1));
    }

    @Test
    void trainingCircular139_isInForceUntilTheDayBefore36_2018() {
        assertThat(LegalFacts.TRAINING_CIRCULAR_2010.inForceFrom()).isEmpty();
        assertThat(LegalFacts.TRAINING_CIRCULAR_2010.inForceUntil()).contains(LocalDate.of(2018, 6, 14));
        assertThat(LegalFacts.TRAINING_CIRCULAR_2010.replacedBy()).contains(LegalFacts.TRAINING_CIRCULAR_2018.number());
        assertThat(LegalFacts.TRAINING_CIRCULAR_2018.inForceFrom()).contains(LocalDate.of(2018, 6, 15));
    }

    @Test
    void documents_eachNameASectionOfTheLegalSources() throws IOException {
        String sources = Files.readString(Path.of("..", "docs", "legal-sources.md"));

        assertThat(LegalFacts.documents()).hasSize(11).doesNotHaveDuplicates().allSatisfy(document -> {
            assertThat(document.evidence()).startsWith("docs/legal-sources.md §");
            String section = document.evidence().substring("docs/legal-sources.md §".length());
            assertThat(sources).as(document.citation()).containsPattern("(?m)^#{2,3} " + section + "\\. ");
            assertThat(sources).as(document.citation()).contains(document.number().toString());
        });
    }

    @Test
    void document_findsAKnownNumberHoweverTyped() {
        assertThat(LegalFacts.document(DocumentNumber.parse("98/2023/ND-CP"))).contains(LegalFacts.COMMENDATION_DECREE_2023);
        assertThat(LegalFacts.document(DocumentNumber.parse("202/2025/QH15"))).isEmpty();
    }

    @Test
    void circular121_isDated15November2017AndInForceFrom1January2018() {
        assertThat(LegalFacts.CIRCULAR_121_2017).hasToString("121/2017/TT-BTC");
        assertThat(LegalFacts.CIRCULAR_121_2017_DATE).isEqualTo(LocalDate.of(2017, 11, 15));
        assertThat(LegalFacts.CIRCULAR_121_2017_IN_FORCE).isEqualTo(LocalDate.of(2018, 1, 1));
    }

    @Test
    void fundingRules_takeTheCircularsStartTheNormsDatesAndMinimumsFromHere() {
        assertThat(FundingRules.all()).allSatisfy(rule -> {
            assertThat(rule.source()).isEqualTo(LegalFacts.CIRCULAR_121_2017);
            assertThat(rule.effectiveFrom()).isAfterOrEqualTo(LegalFacts.CIRCULAR_121_2017_IN_FORCE);
            rule.norm().ifPresent(norm -> assertThat(LegalFacts.document(norm)).as(norm.toString()).isPresent());
        });
        assertThat(FundingRules.forItem(FundingItem.COMMENDATION, LocalDate.of(2024, 1, 1)).map(FundingRule::effectiveFrom))
                .isEqualTo(LegalFacts.COMMENDATION_DECREE_2023.inForceFrom());
        assertThat(FundingRules.forItem(FundingItem.TRAINING, LocalDate.of(2018, 6, 15)).map(FundingRule::effectiveFrom))
                .isEqualTo(LegalFacts.TRAINING_CIRCULAR_2018.inForceFrom());
        assertThat(FundingRules.forItem(FundingItem.COMMUNE_FRONT_SUPPORT, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::minimum)).isEqualTo(Optional.of(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM));
        assertThat(FundingRules.forItem(FundingItem.RESIDENTIAL_TEAM_SUPPORT, LocalDate.of(2024, 1, 1))
                .flatMap(FundingRule::minimum)).isEqualTo(Optional.of(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM));
    }

    @Test
    void supportMinimums_areTheCirculars() {
        assertThat(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM.minimumFor(0, false)).isEqualTo(Money.vnd(20_000_000));
        assertThat(LegalFacts.COMMUNE_FRONT_SUPPORT_MINIMUM.minimumFor(0, true)).isEqualTo(Money.vnd(25_000_000));
        assertThat(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM.minimumFor(699, false)).isEqualTo(Money.vnd(5_000_000));
        assertThat(LegalFacts.RESIDENTIAL_TEAM_SUPPORT_MINIMUM.minimumFor(900, true)).isEqualTo(Money.vnd(7_000_000));
    }
}
