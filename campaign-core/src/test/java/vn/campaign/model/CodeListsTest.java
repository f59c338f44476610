package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code of every code list has a stable code and non-blank labels in both languages; the codes
 * are the constant names, except those of {@link SigningAuthority}.
 */
class CodeListsTest {

    static Stream<Class<? extends Enum<?>>> codeLists() {
        return Stream.of(AdministrativeLevel.class, ActorKind.class, Role.class, TaskKind.class, Channel.class,
                CampaignContent.class, SectionKind.class, ReferenceRelation.class, FundingSourceKind.class,
                FundingItem.class, RecipientPurpose.class, SigningAuthority.class, IntegrationKind.class);
    }

    @ParameterizedTest
    @MethodSource("codeLists")
    void everyCode_hasADistinctCodeAndTwoLabels(Class<? extends Enum<?>> type) {
        List<? extends Enum<?>> constants = Arrays.asList(type.getEnumConstants());

        assertThat(constants).isNotEmpty().allSatisfy(constant -> {
            Labelled labelled = (Labelled) constant;
            if (type != SigningAuthority.class) {
                assertThat(labelled.code()).isEqualTo(constant.name());
            }
            assertThat(labelled.label(Language.VI)).isNotBlank().isEqualTo(labelled.label());
            assertThat(labelled.label(Language.EN)).isNotBlank();
        });
        assertThat(constants.stream().map(c -> ((Labelled) c).code())).doesNotHaveDuplicates();
        assertThat(constants.stream().map(c -> ((Labelled) c).label(Language.VI))).doesNotHaveDuplicates();
        assertThat(constants.stream().map(c -> ((Labelled) c).label(Language.EN))).doesNotHaveDuplicates();
    }

    @Test
    void signingAuthority_codesAreTheAbbreviationsWithoutTheirDot() {
        assertThat(SigningAuthority.values())
                .extracting(SigningAuthority::code, SigningAuthority::prefix, SigningAuthority::label)
                .containsExactly(
                        tuple("TM", "TM.", "TM."),
                        tuple("KT", "KT.", "KT."),
                        tuple("Q", "Q.", "Q."),
                        tuple("TL", "TL.", "TL."),
                        tuple("TUQ", "TUQ.", "TUQ."));
        assertThat(SigningAuthority.FOR_THE_HEAD.label(Language.EN)).isEqualTo("Signing for the head");
    }

    @Test
    void signingAuthority_fromCode_findsEachCodeAndNothingElse() {
        for (SigningAuthority authority : SigningAuthority.values()) {
            assertThat(SigningAuthority.fromCode(authority.code())).contains(authority);
        }
        assertThat(SigningAuthority.fromCode("ON_BEHALF_OF")).isEmpty();
        assertThat(SigningAuthority.fromCode("TM.")).isEmpty();
        assertThat(SigningAuthority.fromCode("tm")).isEmpty();
    }
}
