package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code of every code list has a stable code and non-blank labels in both languages. */
class CodeListsTest {

    static Stream<Class<? extends Enum<?>>> codeLists() {
        return Stream.of(AdministrativeLevel.class, ActorKind.class, Role.class, TaskKind.class, Channel.class,
                CampaignContent.class, SectionKind.class, ReferenceRelation.class, FundingSourceKind.class,
                FundingItem.class, RecipientPurpose.class, SigningAuthority.class, IntegrationKind.class);
    }

    @ParameterizedTest
    @MethodSource("codeLists")
    void everyCode_hasItsNameAsCodeAndTwoLabels(Class<? extends Enum<?>> type) {
        List<? extends Enum<?>> constants = Arrays.asList(type.getEnumConstants());

        assertThat(constants).isNotEmpty().allSatisfy(constant -> {
            Labelled labelled = (Labelled) constant;
            assertThat(labelled.code()).isEqualTo(constant.name());
            assertThat(labelled.label(Language.VI)).isNotBlank().isEqualTo(labelled.label());
            assertThat(labelled.label(Language.EN)).isNotBlank();
        });
        assertThat(constants.stream().map(c -> ((Labelled) c).label(Language.VI))).doesNotHaveDuplicates();
        assertThat(constants.stream().map(c -> ((Labelled) c).label(Language.EN))).doesNotHaveDuplicates();
    }
}
