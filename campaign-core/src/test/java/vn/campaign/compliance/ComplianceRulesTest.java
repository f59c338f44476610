package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.testing.Fixtures.REF;
import static vn.campaign.testing.Fixtures.check;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.districts;
import static vn.campaign.testing.Fixtures.festival;
import static vn.campaign.testing.Fixtures.parent;
import static vn.campaign.testing.Fixtures.propaganda;
import static vn.campaign.testing.Fixtures.province;
import static vn.campaign.testing.Fixtures.review;

import vn.campaign.model.Campaign;
import vn.campaign.model.Section;
import vn.campaign.model.SectionKind;

import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.testing.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.AdministrativeLevel;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Funding;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Recipient;
import vn.campaign.model.RecipientPurpose;
import vn.campaign.model.ReferenceRelation;
import vn.campaign.model.Role;
import vn.campaign.model.Schedule;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;

/** Each built-in code, failing and passing, with its exact pointers. */
class ComplianceRulesTest {

    private static Plan withFunding(Plan plan, BudgetLine... lines) {
        return plan.toBuilder().funding(Funding.of(plan.funding().sources(), List.of(lines))).build();
    }

    private static List<String> lines(ComplianceReport report) {
        return report.findings().stream().map(Finding::toString).toList();
    }

    @Test
    void compliantChild_hasNoFinding() {
        ComplianceReport report = check(child().build());

        assertThat(report.findings()).isEmpty();
        assertThat(report.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
        assertThat(report.ruleDataVersion()).isEqualTo(ComplianceChecker.RULE_DATA_VERSION);
        assertThat(report.profile()).isEqualTo("default");
        assertThat(report.files()).containsExactly("child.json");
    }

    // coverage

    @Test
    void coverage_reportsParentTaskAddressedToTheLevelAndNotImplemented() {
        ComplianceReport report = check(child(propaganda().build(), review().build()).build());

        assertThat(lines(report)).containsExactly("ERROR PARENT_TASK_NOT_COVERED child.json#/sections <- "
                + "parent.json#/sections/0/tasks/1 [Ngày hội Đại đoàn kết toàn dân tộc, 457/KH-MTTQ-BTT, p-festival]");
        assertThat(report.findings().get(0).message())
                .contains("“Ngày hội Đại đoàn kết toàn dân tộc”", "457/KH-MTTQ-BTT", "chưa được triển khai");
    }

    @Test
    void coverage_pairsTasksWithoutLinksByKindAndWording() {
        Task festival = Task.builder("festival").kinds(TaskKind.GREAT_UNITY_FESTIVAL)
                .description("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư.")
                .schedule(Schedule.months(2024, 11)).assign("commune-standing-committees", Role.LEAD).build();
        Task propaganda = Task.builder("propaganda").kinds(TaskKind.PROPAGANDA).schedule(Schedule.ongoing()).build();
        Task review = Task.builder("review").kinds(TaskKind.INTERIM_REVIEW).schedule(Schedule.months(2024, 6))
                .build();

        assertThat(check(child(propaganda, festival, review).build()).findings()).isEmpty();
    }

    @Test
    void coverage_neverPairsUnrelatedTasks() {
        Task training = Task.builder("training").kinds(TaskKind.TRAINING)
                .description("Cử cán bộ tham gia tập huấn do tỉnh tổ chức.").build();

        ComplianceReport report = check(child(propaganda().build(), review().build(), training).build());

        assertThat(report.findings()).extracting(Finding::code).containsExactly("PARENT_TASK_NOT_COVERED");
    }

    @Test
    void coverage_warnsOfAPairingByAGeneralKindAlone() {
        Plan parent = Plan.builder().number(DocumentNumber.parse("457/KH-MTTQ-BTT")).date(LocalDate.of(2024, 1, 12))
                .issuer("province-standing-committee").title("t").period(DateRange.ofYear(2024))
                .campaign(Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS)
                .sections(Section.builder("II", "II", "NỘI DUNG").kind(SectionKind.CONTENT).tasks(
                        Task.builder("p-coordination").kinds(TaskKind.COORDINATION)
                                .description("Phối hợp với các cơ quan, đơn vị trong thực hiện Cuộc vận động.")
                                .assign("district-standing-committees", Role.LEAD).build()).build())
                .actors(province(), districts()).build();
        Task other = Task.builder("II.5-1").kinds(TaskKind.COORDINATION)
                .description("Chương trình với Hội Nông dân về sản xuất.").build();

        ComplianceReport report = check(child(other).build(), parent);

        assertThat(lines(report)).containsExactly("WARNING PARENT_TASK_MATCH_WEAK child.json#/sections/0/tasks/0 <- "
                + "parent.json#/sections/0/tasks/0 [Phối hợp với các cơ quan, đơn vị trong thực hiện Cuộc vận…, "
                + "457/KH-MTTQ-BTT, p-coordination, II.5-1]");
    }

    @Test
    void coverage_acceptsATaskDeclaredNotApplicableWithAReason() {
        Plan plan = child(propaganda().build(), review().build())
                .notApplicable(REF, "p-festival", "Các khu dân cư đã tổ chức trong năm trước").build();

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void coverage_reportsLinksAndDeclarationsToUnknownParentTasks() {
        Plan plan = child(propaganda().implementsTask(REF, "p-nope").build(), festival().build(), review().build())
                .notApplicable(REF, "p-gone", "không áp dụng").build();

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("UNKNOWN_PARENT_TASK", "/notApplicable/0/taskId"),
                        tuple("UNKNOWN_PARENT_TASK", "/sections/0/tasks/0/implementsTasks/1/taskId"));
    }

    // timing

    @Test
    void timing_reportsChildTaskOutsideItsParentTasksWindow() {
        Plan plan = child(propaganda().build(), festival().build(),
                review().schedule(Schedule.months(2024, 8)).build()).build();

        assertThat(lines(check(plan))).containsExactly("ERROR SCHEDULE_OUTSIDE_PARENT_TASK "
                + "child.json#/sections/0/tasks/2/schedule <- parent.json#/sections/0/tasks/2/schedule "
                + "[review, 2024-08-01/2024-08-31, p-review, 2024-06-01/2024-07-31]");
    }

    @Test
    void timing_reportsChildIssuedBeforeParent() {
        Plan plan = child().date(LocalDate.of(2024, 1, 5)).build();

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString(),
                        f -> f.parentPointer().map(PlanPointer::toString))
                .containsExactly(tuple("PLAN_ISSUED_BEFORE_PARENT", "/date", Optional.of("/date")));
    }

    // festival

    @Test
    void festival_reportsWindowOutsideTheParentsFestival() {
        Plan plan = child(propaganda().build(), festival().schedule(Schedule.quarters(2024, 3)).build(),
                review().build()).build();

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString(),
                        f -> f.parentPointer().map(PlanPointer::toString))
                .containsExactly(tuple("FESTIVAL_OUTSIDE_PARENT_WINDOW", "/sections/0/tasks/1/schedule",
                        Optional.of("/sections/0/tasks/1/schedule")));
    }

    @Test
    void festival_warnsWhenTheWindowStartsAfter18November() {
        Plan plan = child(propaganda().build(),
                festival().schedule(Schedule.between(LocalDate.of(2024, 11, 20), LocalDate.of(2024, 11, 25))).build(),
                review().build()).build();

        ComplianceReport report = check(plan);

        assertThat(report.findings()).extracting(Finding::code, f -> f.severity(),
                        f -> f.pointer().toString())
                .containsExactly(tuple("FESTIVAL_AFTER_NATIONAL_DAY", Severity.WARNING, "/sections/0/tasks/1/schedule"));
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void festival_appliesOnlyToPlansOfTheCampaign() {
        Plan late = child(propaganda().build(),
                festival().schedule(Schedule.between(LocalDate.of(2024, 11, 20), LocalDate.of(2024, 11, 25))).build(),
                review().build()).build();

        assertThat(check(late.toBuilder().noCampaign().build()).findings()).isEmpty();
        assertThat(check(late.toBuilder().campaign(vn.campaign.model.Campaign.of(
                "Người Việt Nam ưu tiên dùng hàng Việt Nam")).build()).findings()).isEmpty();
    }

    // actors

    @Test
    void actors_reportsADutyGivenToAHigherLevel() {
        Plan plan = child(propaganda().assign("province-standing-committee", Role.LEAD).build(), festival().build(),
                review().build()).build();

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("DUTY_ABOVE_OWN_LEVEL", "/sections/0/tasks/0/assignments/0/actorId"));
    }

    @Test
    void actors_acceptsTakingPartInAHigherLevelsActivity() {
        Plan plan = child(propaganda().assign("province-standing-committee", Role.LEAD)
                        .assign("district-standing-committee", Role.PARTICIPATE).build(), festival().build(),
                review().build()).build();

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void actors_warnsWhenTheParentsIssuerIsNotARecipientForReport() {
        Plan plan = child().build();
        plan = new Plan(plan.type(), plan.number(), plan.issuerId(), plan.place(), plan.date(), plan.title(),
                plan.period(), plan.campaign(), plan.integrations(), plan.references(), plan.preamble(), plan.sections(),
                plan.notApplicable(), plan.funding(),
                List.of(Recipient.of("BTT UBMTTQVN tỉnh", RecipientPurpose.INFORMATION, "province-standing-committee")),
                plan.signature(), plan.closing(), plan.actors(), plan.extensions());

        assertThat(lines(check(plan))).containsExactly("WARNING REPORT_NOT_TO_PARENT_ISSUER child.json#/recipients"
                + " <- parent.json#/issuerId [Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh]");
    }

    // citation

    @Test
    void citation_reportsAParentCitedByAnotherNumber() {
        Plan plan = child().build();
        plan = replaceReference(plan, plan.references().get(0).withNumber(DocumentNumber.parse("458/KH-MTTQ-BTT")));

        assertThat(lines(check(plan))).containsExactly("ERROR PARENT_NOT_CITED child.json#/references/0/number"
                + " <- parent.json#/number [457/KH-MTTQ-BTT, 2024-01-12]");
    }

    @Test
    void citation_reportsAParentCitedWithAnotherDate() {
        Plan plan = child().build();
        plan = replaceReference(plan, plan.references().get(0).withDate(LocalDate.of(2024, 1, 13)));

        assertThat(lines(check(plan))).containsExactly("ERROR PARENT_CITATION_MISMATCH child.json#/references/0/date"
                + " <- parent.json#/date [457/KH-MTTQ-BTT, 2024-01-13, 2024-01-12]");
    }

    @Test
    void citation_warnsWhenThePlanSetLacksTheParent() {
        NamedPlan orphan = new NamedPlan("district.json", child().build());
        NamedPlan other = new NamedPlan("other.json", parent().toBuilder()
                .number(DocumentNumber.parse("999/KH-MTTQ-BTT")).build());

        ComplianceReport report = ComplianceChecker.create().check(PlanSet.of(other, orphan));

        assertThat(lines(report)).containsExactly(
                "WARNING PARENT_NOT_FOUND district.json#/references/0 [457/KH-MTTQ-BTT, 2024-01-12]");
        assertThat(report.files()).containsExactly("other.json", "district.json");
    }

    private static Plan replaceReference(Plan plan, DocumentReference reference) {
        return new Plan(plan.type(), plan.number(), plan.issuerId(), plan.place(), plan.date(), plan.title(),
                plan.period(), plan.campaign(), plan.integrations(), List.of(reference), plan.preamble(),
                plan.sections(), plan.notApplicable(), plan.funding(), plan.recipients(), plan.signature(),
                plan.closing(), plan.actors(), plan.extensions());
    }

    // funding

    @Test
    void funding_warnsOfAStateBudgetItemNoRuleLists_aWarningAsTheRuleIsInferred() {
        Plan plan = withFunding(child().build(),
                BudgetLine.of("party", FundingItem.OTHER, "state-budget", Money.vnd(1_000_000)));

        ComplianceReport report = check(plan);

        assertThat(report.findings()).extracting(Finding::code, Finding::severity, f -> f.pointer().toString())
                .containsExactly(tuple("STATE_BUDGET_ITEM_NOT_ALLOWED", Severity.WARNING, "/funding/budgetLines/0/item"));
        assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void funding_appliesOnlyToPlansOfTheCampaign() {
        Plan plan = withFunding(child().noCampaign().build(),
                BudgetLine.of("party", FundingItem.OTHER, "state-budget", Money.vnd(1_000_000)),
                BudgetLine.of("support", FundingItem.RESIDENTIAL_TEAM_SUPPORT, "state-budget", Money.vnd(4_999_999)));

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void funding_acceptsAnOtherItemFromSocialisedFunds() {
        Plan plan = withFunding(child().build(),
                BudgetLine.of("gifts", FundingItem.OTHER, "socialised", Money.vnd(1_000_000)));

        assertThat(check(plan).findings()).isEmpty();
    }

    @Test
    void funding_warnsOfSupportPaidFromSocialisedFunds() {
        Plan plan = withFunding(child().build(),
                BudgetLine.of("support", FundingItem.COMMUNE_FRONT_SUPPORT, "socialised", Money.vnd(20_000_000)));

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("SUPPORT_FROM_SOCIALISED_FUNDS", "/funding/budgetLines/0/sourceId"));
    }

    @Test
    void funding_reportsSupportBelowTheCircularsMinimum() {
        Plan plan = withFunding(child().build(),
                BudgetLine.of("support", FundingItem.RESIDENTIAL_TEAM_SUPPORT, "state-budget", Money.vnd(4_999_999)));

        assertThat(check(plan).findings()).extracting(Finding::code, f -> f.pointer().toString(),
                        f -> f.arguments().get(2))
                .containsExactly(tuple("SUPPORT_BELOW_MINIMUM", "/funding/budgetLines/0/amount", "Thông tư 121/2017/TT-BTC"));
    }

    @Test
    void funding_usesTheProvincesOwnLevelWhenThePlanSetProvidesIt() {
        NamedPlan parent = new NamedPlan("parent.json", parent());
        NamedPlan child = new NamedPlan("child.json", child().build());
        PlanSet set = PlanSet.of(parent, child);

        assertThat(ComplianceChecker.create().check(set).findings()).isEmpty();
        assertThat(ComplianceChecker.create()
                .check(set.withSupportLevel(FundingItem.COMMUNE_FRONT_SUPPORT, Money.vnd(30_000_000))).findings())
                .extracting(Finding::code, f -> f.arguments())
                .containsExactly(tuple("SUPPORT_BELOW_MINIMUM", List.of("20.000.000 đồng", "30.000.000 đồng",
                        "mức của tỉnh", "1", "30.000.000 đồng", "—", "—")));
    }

    // reviews

    @Test
    void reviews_reportsAnInterimReviewTheParentAsksFor() {
        Plan plan = child(propaganda().build(), festival().build())
                .notApplicable(REF, "p-review", "Sơ kết cùng tổng kết cuối năm").build();

        assertThat(lines(check(plan))).containsExactly("WARNING REVIEW_MISSING child.json#/sections"
                + " <- parent.json#/sections/0/tasks/2 [INTERIM_REVIEW, p-review]");
    }

    // hierarchy

    @Test
    void hierarchy_reportsADistrictNamedAfter1July2025() {
        Plan plan = child().date(LocalDate.of(2025, 8, 1)).period(DateRange.of(LocalDate.of(2025, 8, 1),
                LocalDate.of(2025, 12, 31))).build();

        ComplianceReport report = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.HIERARCHY)).build()
                .check(new NamedPlan("child.json", plan), new NamedPlan("parent.json", parent()));

        assertThat(report.findings()).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("DISTRICT_AFTER_REFORM", "/actors/0/level"));
        assertThat(report.findings().get(0).message(vn.campaign.model.Language.EN))
                .contains("no longer exists from 1 July 2025", "khoản 3 Điều 51 Luật 72/2025/QH15; Nghị quyết 203/2025/QH15")
                .doesNotContain("202/2025/QH15");
        assertThat(report.ruleIds()).containsExactly(BuiltInRules.HIERARCHY);
    }

    @Test
    void hierarchy_acceptsTheDistrictIn2024AndACommuneUnderTheProvinceIn2026() {
        Plan commune2026 = Plan.builder().issuer("commune").title("triển khai năm 2026")
                .date(LocalDate.of(2026, 2, 1)).period(DateRange.ofYear(2026))
                .campaign(vn.campaign.model.Campaign.of("Cuộc vận động"))
                .references(DocumentReference.of("parent", ReferenceRelation.IMPLEMENTS, DocumentNumber.parse(
                        "12/KH-MTTQ-BTT"), LocalDate.of(2026, 1, 15)))
                .actors(Actor.of("commune", ActorKind.STANDING_COMMITTEE, AdministrativeLevel.COMMUNE, "Ban Thường trực"))
                .build();
        Plan province2026 = parent().toBuilder().number(DocumentNumber.parse("12/KH-MTTQ-BTT"))
                .date(LocalDate.of(2026, 1, 15)).period(DateRange.ofYear(2026)).replaceSections(List.of()).build();
        ComplianceChecker checker = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.HIERARCHY)).build();

        assertThat(checker.check(new NamedPlan("c", commune2026), new NamedPlan("p", province2026)).findings())
                .isEmpty();
        assertThat(checker.check(new NamedPlan("c", child().build()), new NamedPlan("p", parent())).findings())
                .isEmpty();
    }

    @Test
    void hierarchy_reportsACommuneUnderTheProvinceIn2024() {
        Plan commune = child().build();
        Plan plan = new Plan(commune.type(), commune.number(), commune.issuerId(), commune.place(), commune.date(),
                commune.title(), commune.period(), commune.campaign(), commune.integrations(), commune.references(),
                commune.preamble(), commune.sections(), commune.notApplicable(), commune.funding(),
                commune.recipients(), commune.signature(), commune.closing(),
                List.of(Actor.of("district-standing-committee", ActorKind.STANDING_COMMITTEE,
                        AdministrativeLevel.COMMUNE, "Ban Thường trực Ủy ban MTTQ xã")),
                commune.extensions());

        assertThat(ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.HIERARCHY)).build()
                .check(new NamedPlan("c", plan), new NamedPlan("p", parent())).findings())
                .extracting(Finding::code, f -> f.arguments())
                .containsExactly(tuple("PARENT_LEVEL_MISMATCH", List.of("COMMUNE", "PROVINCE", "DISTRICT", "four-level")));
    }
}
