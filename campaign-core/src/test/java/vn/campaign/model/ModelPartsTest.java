package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small records of the model: construction, withers, derived values. */
class ModelPartsTest {

    @Test
    void actor_withersKeepEveryOtherValue() {
        Actor actor = Actor.of("d", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT, "BTT huyện")
                .withUnit("huyện Kon Rẫy").withParent("front").withSymbolCode("MTTQ-BTT").asPlural();

        assertThat(actor.unit()).contains("huyện Kon Rẫy");
        assertThat(actor.parentId()).contains("front");
        assertThat(actor.symbolCode()).contains("MTTQ-BTT");
        assertThat(actor.plural()).isTrue();
        assertThat(actor.level()).contains(AdministrativeLevel.DISTRICT);
        assertThat(Actor.atAllLevels("all", ActorKind.STANDING_COMMITTEE, "BTT các cấp").level()).isEmpty();
    }

    @Test
    void documentReference_takesItsTypeFromTheNumber() {
        DocumentReference reference = DocumentReference.of("r", ReferenceRelation.IMPLEMENTS,
                DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12));

        assertThat(reference.type()).isEqualTo(DocumentType.PLAN);
        assertThat(reference.date()).contains(LocalDate.of(2024, 1, 12));
        assertThat(reference.withIssuer("BTT tỉnh", null).issuerId()).isEmpty();
    }

    @Test
    void documentReference_rejectsANumberWithoutType() {
        assertThatThrownBy(() -> DocumentReference.of("r", ReferenceRelation.LEGAL_BASIS,
                DocumentNumber.parse("202/2025/QH15"), LocalDate.of(2025, 6, 12)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Document number 202/2025/QH15 has no type; name the type");
    }

    @Test
    void task_mainKindIsTheFirstKind() {
        Task task = Task.builder("t").kinds(TaskKind.INSPECTION_SUPERVISION, TaskKind.FINAL_REVIEW)
                .description("x").build();

        assertThat(task.mainKind()).isEqualTo(TaskKind.INSPECTION_SUPERVISION);
        assertThat(task.is(TaskKind.FINAL_REVIEW)).isTrue();
        assertThat(task.is(TaskKind.TRAINING)).isFalse();
        assertThat(Task.builder("t").description("x").build().mainKind()).isEqualTo(TaskKind.OTHER);
        assertThat(task.toBuilder().build()).isEqualTo(task);
    }

    @Test
    void funding_totalAddsTheLinesAndStopsAtOverflow() {
        Funding funding = Funding.of(List.of(FundingSource.of("s", FundingSourceKind.STATE_BUDGET, "Ngân sách")),
                List.of(BudgetLine.of("a", FundingItem.PROPAGANDA, "s", Money.vnd(15_000_000)),
                        BudgetLine.of("b", FundingItem.TRAINING, "s", Money.vnd(5_000_000))));

        assertThat(funding.total()).isEqualTo(Money.vnd(20_000_000));
        Funding overflowing = Funding.of(List.of(), List.of(
                BudgetLine.of("a", FundingItem.OTHER, "s", Money.vnd(Long.MAX_VALUE)),
                BudgetLine.of("b", FundingItem.OTHER, "s", Money.vnd(1))));
        assertThatThrownBy(overflowing::total).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void extensions_keepOrderAndCompareByContent() {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("zeta", "1");
        members.put("alpha", "{\"a\":[1,2]}");

        Extensions extensions = Extensions.of(members);

        assertThat(extensions.asMap().keySet()).containsExactly("zeta", "alpha");
        assertThat(extensions.get("alpha")).contains("{\"a\":[1,2]}");
        assertThat(extensions.with("beta", "true").asMap()).hasSize(3);
        assertThat(extensions).isEqualTo(Extensions.empty().with("zeta", "1").with("alpha", "{\"a\":[1,2]}"));
        assertThat(Extensions.of(Map.of())).isSameAs(Extensions.empty());
    }

    @Test
    void signature_ofHeadHasNoAuthority() {
        Signature signature = Signature.ofHead("CHỦ TỊCH", "Nguyễn Văn A");

        assertThat(signature.authority()).isEmpty();
        assertThat(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung")
                .authority().map(SigningAuthority::prefix)).contains("TM.");
    }

    @Test
    void administrativeLevel_ordersFromTheCentreDown() {
        assertThat(AdministrativeLevel.PROVINCE.isAbove(AdministrativeLevel.DISTRICT)).isTrue();
        assertThat(AdministrativeLevel.COMMUNE.isAbove(AdministrativeLevel.DISTRICT)).isFalse();
        assertThat(AdministrativeLevel.RESIDENTIAL_AREA.isAdministrative()).isFalse();
        assertThat(AdministrativeLevel.COMMUNE.isAdministrative()).isTrue();
    }

    @Test
    void campaignContents_areNumberedOneToFive() {
        assertThat(CampaignContent.values()).extracting(CampaignContent::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void language_readsTagsAndRejectsOthers() {
        assertThat(Language.fromTag("VI")).isEqualTo(Language.VI);
        assertThat(Language.fromTag("en")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.fromTag("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown language \"fr\" (expected vi or en)");
    }
}
