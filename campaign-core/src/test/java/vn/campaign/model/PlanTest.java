package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    static Plan sample() {
        return Plan.builder()
                .issuer("district")
                .title("triển khai thực hiện Cuộc vận động năm 2024")
                .period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .references(
                        DocumentReference.of("guide", ReferenceRelation.GUIDANCE, DocumentType.GUIDANCE),
                        DocumentReference.of("parent", ReferenceRelation.IMPLEMENTS,
                                DocumentNumber.parse("457/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 12)))
                .sections(
                        Section.builder("I", "I", "MỤC ĐÍCH - YÊU CẦU").kind(SectionKind.OBJECTIVES)
                                .subsections(
                                        Section.builder("I.1", "1", "Mục đích").kind(SectionKind.PURPOSE)
                                                .paragraphs("Mục đích một.").build(),
                                        Section.builder("I.2", "2", "Yêu cầu").kind(SectionKind.REQUIREMENT)
                                                .paragraphs("Yêu cầu một.", "Yêu cầu hai.").build())
                                .build(),
                        Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT)
                                .tasks(Task.builder("a").kinds(TaskKind.PROPAGANDA).description("A").build())
                                .subsections(Section.builder("II.1", "1", "Con").kind(SectionKind.CONTENT)
                                        .tasks(Task.builder("b").kinds(TaskKind.TRAINING).description("B").build())
                                        .build())
                                .tasks(Task.builder("c").kinds(TaskKind.OTHER).description("C").build())
                                .build(),
                        Section.builder("IV", "IV", "TỔ CHỨC THỰC HIỆN").kind(SectionKind.ORGANISATION)
                                .subsections(
                                        Section.builder("IV.1", "1", "Huyện").actor("district")
                                                .tasks(Task.builder("d").kinds(TaskKind.PLANNING).description("D")
                                                        .build())
                                                .build(),
                                        Section.builder("IV.2", "2", "Xã").actor("communes")
                                                .tasks(Task.builder("e").kinds(TaskKind.PLANNING).description("E")
                                                        .build())
                                                .build())
                                .build())
                .actors(Actor.of("district", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.DISTRICT,
                                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện"),
                        Actor.of("communes", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE,
                                "Ban Thường trực Ủy ban MTTQ Việt Nam các xã").asPlural())
                .build();
    }

    @Test
    void builder_defaultsToAnEmptyPlanOfTypePlan() {
        Plan plan = sample();

        assertThat(plan.type()).isEqualTo(DocumentType.PLAN);
        assertThat(plan.number()).isEmpty();
        assertThat(plan.date()).isEmpty();
        assertThat(plan.funding()).isEqualTo(Funding.NONE);
        assertThat(plan.signature()).isEmpty();
        assertThat(plan.extensions().isEmpty()).isTrue();
    }

    @Test
    void builder_rejectsMissingRequiredValuesNamingThem() {
        assertThatThrownBy(() -> Plan.builder().title("t").period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS).build())
                .isInstanceOf(NullPointerException.class).hasMessage("issuerId");
        assertThatThrownBy(() -> Plan.builder().issuer("x").period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS).build())
                .isInstanceOf(NullPointerException.class).hasMessage("title");
    }

    @Test
    void builder_leavesTheCampaignAbsentUnlessSet() {
        Plan withoutCampaign = sample().toBuilder().noCampaign().build();
        Plan election = Plan.builder().issuer("x").title("thực hiện công tác bầu cử").period(DateRange.ofYear(2025))
                .build();

        assertThat(withoutCampaign.campaign()).isEmpty();
        assertThat(election.campaign()).isEmpty();
        assertThat(sample().campaign()).contains(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS);
    }

    @Test
    void carriesOut_comparesTheCampaignByNameButNotByPunctuationOrCase() {
        Plan plan = sample().toBuilder()
                .campaign(Campaign.of("toàn dân đoàn kết xây dựng nông thôn mới - đô thị văn minh")).build();

        assertThat(plan.carriesOut(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)).isTrue();
        assertThat(plan.carriesOut(Campaign.of("Người Việt Nam ưu tiên dùng hàng Việt Nam"))).isFalse();
        assertThat(sample().toBuilder().noCampaign().build()
                .carriesOut(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)).isFalse();
    }

    @Test
    void issuerAndLevel_resolveThroughTheActors() {
        Plan plan = sample();

        assertThat(plan.issuer()).map(Actor::name).contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện");
        assertThat(plan.level()).contains(AdministrativeLevel.DISTRICT);
        assertThat(plan.toBuilder().issuer("nobody").build().level()).isEmpty();
    }

    @Test
    void parentPlan_isTheImplementedReference() {
        assertThat(sample().parentPlan()).map(DocumentReference::id).contains("parent");
        assertThat(sample().reference("guide")).map(DocumentReference::relation).contains(ReferenceRelation.GUIDANCE);
        assertThat(sample().reference("missing")).isEmpty();
    }

    @Test
    void allTasks_areInDocumentOrderTasksBeforeSubsections() {
        assertThat(sample().allTasks().map(Task::id)).containsExactly("a", "c", "b", "d", "e");
        assertThat(sample().allSections().map(Section::id))
                .containsExactly("I", "I.1", "I.2", "II", "II.1", "IV", "IV.1", "IV.2");
        assertThat(sample().task("b")).map(Task::mainKind).contains(TaskKind.TRAINING);
    }

    @Test
    void paragraphs_collectPurposesAndRequirements() {
        assertThat(sample().paragraphs(SectionKind.PURPOSE)).containsExactly("Mục đích một.");
        assertThat(sample().paragraphs(SectionKind.REQUIREMENT)).containsExactly("Yêu cầu một.", "Yêu cầu hai.");
    }

    @Test
    void responsibilities_groupTasksBySectionActor() {
        assertThat(sample().responsibilities()).containsOnlyKeys("district", "communes");
        assertThat(sample().responsibilities().get("communes")).extracting(Task::id).containsExactly("e");
    }

    @Test
    void toBuilder_rebuildsAnEqualPlan() {
        Plan plan = sample();

        assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
        assertThat(plan.toBuilder().place("Kon Rẫy").build()).isNotEqualTo(plan);
    }

    @Test
    void lists_areUnmodifiableCopies() {
        Plan plan = sample();

        assertThatThrownBy(() -> plan.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.actors().add(plan.actors().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void text_isNormalisedToNfcOnConstruction() {
        String decomposed = Normalizer.normalize("Kế hoạch Ủy ban", Normalizer.Form.NFD);

        Plan plan = sample().toBuilder().title(decomposed).place(decomposed).build();

        assertThat(plan.title()).isEqualTo("Kế hoạch Ủy ban").isNotEqualTo(decomposed);
        assertThat(plan.place()).contains("Kế hoạch Ủy ban");
        assertThat(plan).isEqualTo(sample().toBuilder().title("Kế hoạch Ủy ban").place("Kế hoạch Ủy ban").build());
    }

    @Test
    void constructor_rejectsNullElementsNamingTheList() {
        List<Recipient> recipients = new java.util.ArrayList<>();
        recipients.add(null);

        assertThatThrownBy(() -> new Plan(DocumentType.PLAN, java.util.Optional.empty(), "x",
                java.util.Optional.empty(), java.util.Optional.empty(), "t", DateRange.ofYear(2024),
                java.util.Optional.of(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS), List.of(), List.of(),
                java.util.Optional.empty(),
                List.of(), List.of(), Funding.NONE, recipients, java.util.Optional.empty(), java.util.Optional.empty(),
                List.of(), Extensions.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("recipients element");
    }
}
