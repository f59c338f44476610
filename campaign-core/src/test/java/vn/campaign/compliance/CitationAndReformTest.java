package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Severity;
import vn.campaign.model.Actor;
import vn.campaign.model.ActorKind;
import vn.campaign.model.DateRange;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.DocumentReference;
import vn.campaign.model.Plan;

/**
 * Citations by identity (a number typed another way names the same plan; a citation without its date
 * is a warning, with another date an error), a parent missing from a set, and the 2025 reform by
 * substance (district bodies named only by their names; a plan running past 1/7/2025).
 */
class CitationAndReformTest {

    private static final ComplianceChecker CITATION = ComplianceChecker.builder()
            .onlyRules(List.of(BuiltInRules.CITATION)).build();
    private static final ComplianceChecker HIERARCHY = ComplianceChecker.builder()
            .onlyRules(List.of(BuiltInRules.HIERARCHY)).build();

    private static Plan citing(DocumentReference reference) {
        Plan plan = child().build();
        List<DocumentReference> references = new ArrayList<>(plan.references());
        references.set(0, reference);
        return plan.toBuilder().replaceReferences(references).build();
    }

    private static List<Finding> check(ComplianceChecker checker, Plan child, Plan parent) {
        return checker.check(new NamedPlan("child.json", child), new NamedPlan("parent.json", parent)).findings();
    }

    @Test
    void citation_byANumberTypedWithALeadingZeroOrAnotherCase_namesTheSamePlan() {
        Plan plan = citing(child().build().references().get(0).withNumber(DocumentNumber.parse("0457/kh-MTTQ-BTT")));

        assertThat(check(CITATION, plan, parent())).isEmpty();
    }

    @Test
    void citation_withoutTheParentsDate_isAWarningNotAMismatch() {
        DocumentReference cited = child().build().references().get(0);
        DocumentReference undated = new DocumentReference(cited.id(), cited.relation(), cited.type(), cited.number(),
                java.util.Optional.empty(), cited.issuer(), cited.issuerId(), cited.subject(), cited.extensions());

        assertThat(check(CITATION, citing(undated), parent()))
                .extracting(Finding::severity, Finding::code, f -> f.pointer().toString(), Finding::arguments)
                .containsExactly(tuple(Severity.WARNING, "PARENT_CITATION_UNDATED", "/references/0/date",
                        List.of("457/KH-MTTQ-BTT", "2024-01-12")));
    }

    @Test
    void parentNotFound_isAWarning_andAnErrorUnderAProfileThatRequiresParents() {
        NamedPlan orphan = new NamedPlan("district.json", child().build());
        NamedPlan other = new NamedPlan("other.json", parent().toBuilder()
                .number(DocumentNumber.parse("999/KH-MTTQ-BTT")).build());
        ComplianceChecker strict = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.CITATION))
                .profile(ComplianceProfile.DEFAULT.withSeverity("PARENT_NOT_FOUND", Severity.ERROR)).build();

        assertThat(CITATION.check(PlanSet.of(other, orphan)).findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        assertThat(strict.check(PlanSet.of(other, orphan)).hasErrors()).isTrue();
        assertThat(CITATION.check(PlanSet.of(other, orphan)).findings().get(0).message())
                .contains("457/KH-MTTQ-BTT", "2024-01-12");
    }

    @Test
    void reform_aDistrictBodyNamedOnlyByItsNameAfter1July2025_isAnError() {
        Plan plan = child().date(LocalDate.of(2025, 8, 1))
                .period(DateRange.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 31))).build();
        List<Actor> actors = new ArrayList<>();
        for (Actor actor : plan.actors()) {
            actors.add(actor.level().filter(level -> level == vn.campaign.model.AdministrativeLevel.DISTRICT).isPresent()
                    ? Actor.atAllLevels(actor.id(), ActorKind.STANDING_COMMITTEE,
                            "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy")
                    : actor);
        }
        plan = plan.toBuilder().replaceActors(actors).build();

        assertThat(check(HIERARCHY, plan, parent()))
                .extracting(Finding::code, f -> f.pointer().toString(), f -> f.arguments().get(0))
                .contains(tuple("DISTRICT_AFTER_REFORM", "/actors/0/name",
                        "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy"));
    }

    @Test
    void reform_aPlanIssuedBeforeAndRunningPast1July2025_warnsOfTheBodiesThatCease() {
        Plan plan = child().date(LocalDate.of(2025, 2, 1)).period(DateRange.ofYear(2025)).build();

        assertThat(check(HIERARCHY, plan, parent()))
                .extracting(Finding::severity, Finding::code, f -> f.pointer().toString(), f -> f.arguments().subList(0, 3))
                .containsExactly(tuple(Severity.WARNING, "DISTRICT_BODIES_CEASE", "/period",
                        List.of("2025-01-01/2025-12-31", "2025-07-01",
                                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Kon Rẫy")));
    }

    @Test
    void reform_aPlanEndingBefore1July2025_namesItsDistrictFreely() {
        Plan plan = child().date(LocalDate.of(2025, 1, 5))
                .period(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))).build();

        assertThat(check(HIERARCHY, plan, parent())).isEmpty();
    }

    @Test
    void aThematicPlanOfTheParentsOwnLevel_isHeldToNoCoverageNoReportAndNoLevel() {
        // A district plan implementing a district plan (a thematic plan of the same body).
        Plan general = child().build().toBuilder().number(DocumentNumber.parse("10/KH-MTTQ-BTT"))
                .date(LocalDate.of(2024, 1, 20)).build();
        Plan thematic = citing(DocumentReference.of("kh-457", vn.campaign.model.ReferenceRelation.IMPLEMENTS,
                DocumentNumber.parse("10/KH-MTTQ-BTT"), LocalDate.of(2024, 1, 20)))
                .toBuilder().replaceSections(List.of()).build();

        List<Finding> findings = ComplianceChecker.create().check(new NamedPlan("thematic.json", thematic),
                new NamedPlan("general.json", general)).findings();

        assertThat(findings).extracting(Finding::code).doesNotContain("PARENT_LEVEL_MISMATCH",
                "PARENT_TASK_NOT_COVERED", "PARENT_TASK_MATCH_WEAK", "REPORT_NOT_TO_PARENT_ISSUER", "REVIEW_MISSING");
        // The same plan against the province plan above it must still cover the province's tasks.
        assertThat(check(ComplianceChecker.create(), thematic.toBuilder().replaceReferences(child().build().references())
                .build(), parent())).extracting(Finding::code).contains("PARENT_TASK_NOT_COVERED");
    }
}
