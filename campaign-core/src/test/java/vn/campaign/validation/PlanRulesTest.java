package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.validation.Scenario.VALIDATOR;
import static vn.campaign.validation.Scenario.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.Assignment;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Campaign;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.DocumentType;
import vn.campaign.model.FundingItem;
import vn.campaign.model.FundingSource;
import vn.campaign.model.FundingSourceKind;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;

/** The plan rules: a failing and a passing case per code, then the edges of each rule. */
class PlanRulesTest {

    static Stream<Scenario> ruleScenarios() {
        return FindingScenarios.ruleScenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleScenarios")
    void failingCase_givesExactlyTheFindingsOfItsCode(Scenario scenario) {
        scenario.assertFailing();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleScenarios")
    void passingCase_givesNoFindingOfItsCode(Scenario scenario) {
        scenario.assertPassing();
    }

    @Test
    void fixture_isValid() {
        ValidationReport report = VALIDATOR.validate(DistrictPlan.valid().build());

        assertThat(report.findings()).as(report.toString()).isEmpty();
    }

    private static ValidationReport validate(DistrictPlan plan) {
        return VALIDATOR.validate(plan.build());
    }

    @Test
    void unknownActor_isReportedWhereverAnActorIsNamed() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.issuerId = "nobody-1";
        plan.actor("district-front-committee", a -> a.withParent("nobody-2"));
        plan.section("IV.1", s -> s.toBuilder().actor("nobody-3").build());
        plan.task("training", t -> t.toBuilder().assign("nobody-4", Role.COORDINATE).build());
        plan.reference("hd-113-2023", r -> r.withIssuer("Ban Thường trực", "nobody-5"));
        plan.recipients.set(1, Recipient.of("Các xã", RecipientPurpose.IMPLEMENTATION,
                "commune-standing-committees", "nobody-6"));

        assertThat(validate(plan).findings(ValidationCode.UNKNOWN_ACTOR.code()))
                .extracting(f -> f.pointer().toString(), Finding::arguments)
                .containsExactlyInAnyOrder(
                        tuple("/issuerId", List.of("nobody-1")),
                        tuple("/actors/0/parentId", List.of("nobody-2")),
                        tuple("/sections/3/subsections/0/actorId", List.of("nobody-3")),
                        tuple("/sections/1/subsections/1/tasks/0/assignments/1/actorId", List.of("nobody-4")),
                        tuple("/references/1/issuerId", List.of("nobody-5")),
                        tuple("/recipients/1/actorIds/1", List.of("nobody-6")));
    }

    @Test
    void propaganda_isAskedOnlyOfPlansOfTheCampaign() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.task("propaganda", t -> Task.builder(t.id()).kinds(vn.campaign.model.TaskKind.TRAINING)
                .description("Tập huấn").build());
        Plan ofTheCampaign = plan.build();

        assertThat(VALIDATOR.validate(ofTheCampaign).codes()).contains(ValidationCode.PROPAGANDA_MISSING.code());
        assertThat(VALIDATOR.validate(ofTheCampaign.toBuilder().noCampaign().build()).codes())
                .doesNotContain(ValidationCode.PROPAGANDA_MISSING.code());
        assertThat(VALIDATOR.validate(ofTheCampaign.toBuilder()
                .campaign(Campaign.of("Người Việt Nam ưu tiên dùng hàng Việt Nam")).build()).codes())
                .doesNotContain(ValidationCode.PROPAGANDA_MISSING.code());
    }

    @Test
    void unknownReference_coversTheBasisOfAFundingSource() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.sources.set(0, FundingSource.of("state-budget", FundingSourceKind.STATE_BUDGET, "Ngân sách")
                .withBasis("tt-999"));

        assertThat(validate(plan).findings()).containsExactly(
                finding(ValidationCode.UNKNOWN_REFERENCE, Severity.ERROR, "/funding/sources/0/basisId", "tt-999"));
    }

    @Test
    void duplicateId_isCheckedPerKindAtTheSecondUse() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actors.add(Actor.of("ministry-of-finance", ActorKind.STATE_AGENCY, AdministrativeLevel.CENTRAL, "Bộ"));
        plan.references.add(DocumentReference.of("kh-457-2024", ReferenceRelation.CITED, DocumentType.PLAN));
        plan.section("IV.3", s -> s.toBuilder().subsections(Section.builder("II", "a", "Con").build()).build());
        plan.sources.add(FundingSource.of("socialised", FundingSourceKind.OTHER, "Khác"));
        plan.budgetLines.add(BudgetLine.of("line-training", FundingItem.OTHER, "socialised", Money.vnd(1)));

        assertThat(validate(plan).findings(ValidationCode.DUPLICATE_ID.code()))
                .extracting(f -> f.pointer().toString(), Finding::arguments)
                .containsExactly(
                        tuple("/actors/8/id", List.of("ministry-of-finance", "/actors/5")),
                        tuple("/funding/budgetLines/2/id", List.of("line-training", "/funding/budgetLines/1")),
                        tuple("/funding/sources/2/id", List.of("socialised", "/funding/sources/1")),
                        tuple("/references/3/id", List.of("kh-457-2024", "/references/0")),
                        tuple("/sections/3/subsections/2/subsections/0/id", List.of("II", "/sections/1")));
    }

    @Test
    void actorCycle_ofOneActorIsItsOwnParent() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actor("province-front-committee", a -> a.withParent("province-front-committee"));

        assertThat(validate(plan).findings()).containsExactly(finding(ValidationCode.ACTOR_CYCLE, Severity.ERROR,
                "/actors/2/parentId", "province-front-committee → province-front-committee"));
    }

    @Test
    void actorCycle_isReportedOnceWhateverLeadsIntoIt() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actor("province-front-committee", a -> a.withParent("province-standing-committee"));

        assertThat(validate(plan).findings()).containsExactly(finding(ValidationCode.ACTOR_CYCLE, Severity.ERROR,
                "/actors/2/parentId",
                "province-front-committee → province-standing-committee → province-front-committee"));
    }

    @Test
    void referenceAfterPlan_comparesAnUndatedPlanWithTheEndOfItsPeriod() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.date = Optional.empty();
        plan.reference("hd-113-2023", r -> r.withDate(LocalDate.of(2025, 1, 2)));

        assertThat(validate(plan).findings(ValidationCode.REFERENCE_AFTER_PLAN.code())).containsExactly(
                finding(ValidationCode.REFERENCE_AFTER_PLAN, Severity.ERROR, "/references/1/date", "113/HD-MTTW-BTT",
                        "2025-01-02", "2024-12-31"));
    }

    @Test
    void referenceAfterPlan_ignoresDocumentsCitedInPassing() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.references.add(DocumentReference.of("later", ReferenceRelation.CITED,
                DocumentNumber.parse("30/KH-MTTQ-BTT"), LocalDate.of(2024, 6, 1)));

        assertThat(validate(plan).findings()).isEmpty();
    }

    @Test
    void numberChecks_applyToReferencesToo() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.reference("kh-457-2024", r -> r.withNumber(DocumentNumber.parse("457/HD-MTTQ")));

        assertThat(validate(plan).findings()).containsExactly(
                finding(ValidationCode.NUMBER_TYPE_MISMATCH, Severity.ERROR, "/references/0/number", "457/HD-MTTQ",
                        "HD", "KH"),
                finding(ValidationCode.NUMBER_ISSUER_MISMATCH, Severity.WARNING, "/references/0/number", "457/HD-MTTQ",
                        "MTTQ", "MTTQ-BTT"));
    }

    @Test
    void numberYear_isNotCheckedForAdministrativeNumbers() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.reference("kh-457-2024", r -> r.withDate(LocalDate.of(2023, 12, 1)));

        assertThat(validate(plan).findings()).isEmpty();
    }

    @Test
    void superiorNotInformed_exemptsACentralIssuerAndAnIssuerWithoutLevel() {
        DistrictPlan central = DistrictPlan.valid();
        central.issuerId = "central-standing-committee";
        central.number = Optional.of(DocumentNumber.parse("15/KH-MTTW-BTT"));
        central.recipients.remove(0);
        DistrictPlan levelless = DistrictPlan.valid();
        levelless.actors.add(Actor.atAllLevels("all-levels", ActorKind.STANDING_COMMITTEE, "BTT các cấp"));
        levelless.issuerId = "all-levels";
        levelless.number = Optional.empty();
        levelless.recipients.remove(0);

        assertThat(validate(central).findings()).isEmpty();
        assertThat(validate(levelless).codes()).containsExactly(ValidationCode.PLAN_NUMBER_MISSING.code());
    }

    @Test
    void superiorNotInformed_doesNotCountASuperiorReceivingForCoordination() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.recipients.set(0, Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.COORDINATION,
                "province-standing-committee"));
        plan.recipients.add(Recipient.of("BTT các xã", RecipientPurpose.REPORT, "commune-standing-committees"));

        assertThat(validate(plan).codes()).containsExactly(ValidationCode.SUPERIOR_NOT_INFORMED.code());
    }

    @Test
    void signingAuthority_deputyActingAsHeadIsAMismatch() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.signature = Optional.of(Signature.of(SigningAuthority.ACTING, "CHỦ TỊCH", "Phó Chủ tịch", "Huỳnh Minh Trung"));

        assertThat(validate(plan).findings()).containsExactly(finding(ValidationCode.SIGNING_AUTHORITY_MISMATCH,
                Severity.WARNING, "/signature/authority", DistrictPlan.ISSUER_NAME, "Q. CHỦ TỊCH / Phó Chủ tịch"));
    }

    @Test
    void signingAuthority_tmBeforeAHeadsPositionIsAMismatch() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.signature = Optional.of(Signature.of(SigningAuthority.ON_BEHALF_OF, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung"));

        assertThat(validate(plan).findings()).containsExactly(finding(ValidationCode.SIGNING_AUTHORITY_MISMATCH,
                Severity.WARNING, "/signature/onBehalfOf", DistrictPlan.ISSUER_NAME, "TM. CHỦ TỊCH / PHÓ CHỦ TỊCH"));
    }

    @Test
    void signingAuthority_allowsTheHeadOfABodyThatIsNotACollectiveToSignInOwnName() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actors.add(Actor.of("members", ActorKind.MEMBER_ORGANISATION, AdministrativeLevel.DISTRICT, "Hội"));
        plan.issuerId = "members";
        plan.number = Optional.empty();
        plan.signature = Optional.of(Signature.ofHead("CHỦ TỊCH", "Nguyễn Thị B"));

        assertThat(validate(plan).codes()).containsExactly(ValidationCode.PLAN_NUMBER_MISSING.code());
    }

    @Test
    void signingAuthority_allowsTheHeadOfACollectiveUnderTm() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.signature = Optional.of(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "CHỦ TỊCH", "Nguyễn Văn A"));

        assertThat(validate(plan).findings()).isEmpty();
    }

    @Test
    void schedules_thatResolveInsideThePeriodPass() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.task("training", t -> t.toBuilder().schedule(Schedule.annually(18, 11)).build());
        plan.task("communes-review", t -> t.toBuilder().schedule(Schedule.before(LocalDate.of(2024, 12, 15))).build());

        assertThat(validate(plan).findings()).isEmpty();
    }

    @Test
    void aPlanBrokenEverywhere_givesFindingsNotExceptions() {
        Plan plan = Plan.builder()
                .issuer("")
                .title(" ")
                .period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .date(LocalDate.of(1990, 1, 1))
                .number(DocumentNumber.parse("1/2030/NĐ-CP"))
                .sections(Section.builder("", "", "").subsections(Section.builder("", "", "")
                        .tasks(Task.builder("").schedule(Schedule.year(2999))
                                .assignments(List.of(Assignment.of("", Role.LEAD))).build()).build()).build(),
                        Section.builder("a", "1", "Một").build(), Section.builder("b", "1", "Một").build())
                .recipients(Recipient.of("", RecipientPurpose.REPORT, ""))
                .signature(Signature.ofHead("", ""))
                .actors(Actor.of("", ActorKind.OTHER, AdministrativeLevel.COMMUNE, "").withParent(""))
                .build();

        ValidationReport report = VALIDATOR.validate(plan);

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.codes()).contains(ValidationCode.BLANK_TEXT.code(), ValidationCode.INVALID_ID.code(),
                ValidationCode.ACTOR_CYCLE.code(), ValidationCode.DUPLICATE_ID.code(),
                ValidationCode.DUPLICATE_SECTION_NUMBER.code(), ValidationCode.SCHEDULE_OUTSIDE_PERIOD.code(),
                ValidationCode.NUMBER_TYPE_MISMATCH.code(), ValidationCode.PLAN_DATE_FAR_BEFORE_PERIOD.code(),
                ValidationCode.PROPAGANDA_MISSING.code(), ValidationCode.EMPTY_LIST.code(),
                ValidationCode.TASK_WITHOUT_TEXT.code());
    }
}
