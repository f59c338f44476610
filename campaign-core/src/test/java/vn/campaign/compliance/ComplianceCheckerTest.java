package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.campaign.testing.Fixtures.child;
import static vn.campaign.testing.Fixtures.parent;
import static vn.campaign.testing.Fixtures.propaganda;
import static vn.campaign.testing.Fixtures.review;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.compliance.TaskMatch.Basis;
import vn.campaign.compliance.TaskMatch.Coverage;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.DocumentNumber;
import vn.campaign.model.Plan;
import vn.campaign.testing.SamplePlans;

/** The public contract of {@link ComplianceChecker} and its builder, method by method. */
class ComplianceCheckerTest {

    private static final NamedPlan PARENT = new NamedPlan("parent.json", parent());
    private static final NamedPlan COMPLIANT = new NamedPlan("child.json", child().build());
    /** The district plan without the festival task the province addresses to districts. */
    private static final NamedPlan WITHOUT_FESTIVAL = new NamedPlan("child.json",
            child(propaganda().build(), review().build()).build());

    /** A user's rule that reports one finding of its code on every plan, at the root. */
    private static ComplianceRule rule(String id, String code) {
        return new ComplianceRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void check(ComplianceContext context) {
                context.report(code, Severity.WARNING, PlanPointer.root(), Optional.empty(), List.of());
            }

            @Override
            public String toString() {
                return "rule " + id;
            }
        };
    }

    private static List<String> ids(String... more) {
        List<String> ids = new ArrayList<>(BuiltInRules.IDS);
        ids.addAll(Arrays.asList(more));
        return ids;
    }

    // create, builder

    @Test
    void create_runsTheBuiltInRulesInTheirOrderUnderTheDefaultProfile() {
        ComplianceChecker checker = ComplianceChecker.create();

        assertThat(checker.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
        assertThat(checker.profile()).isSameAs(ComplianceProfile.DEFAULT);
    }

    @Test
    void builder_withoutChanges_buildsTheCheckerThatCreateReturns() {
        ComplianceChecker built = ComplianceChecker.builder().build();

        assertThat(built.ruleIds()).isEqualTo(ComplianceChecker.create().ruleIds());
        assertThat(built.check(WITHOUT_FESTIVAL, PARENT))
                .isEqualTo(ComplianceChecker.create().check(WITHOUT_FESTIVAL, PARENT));
    }

    // addRule

    @Test
    void addRule_runsAUsersRuleAfterTheBuiltInOnes() {
        ComplianceChecker checker = ComplianceChecker.builder().addRule(rule("x-always", "X_ALWAYS")).build();

        ComplianceReport report = checker.check(COMPLIANT, PARENT);

        assertThat(checker.ruleIds()).containsExactlyElementsOf(ids("x-always"));
        assertThat(report.ruleIds()).containsExactlyElementsOf(ids("x-always"));
        assertThat(report.findings()).extracting(Finding::toString).containsExactly("WARNING X_ALWAYS child.json# []");
    }

    @Test
    void addRule_replacesTheRuleWithTheSameIdInItsPlace() {
        ComplianceChecker checker = ComplianceChecker.builder()
                .addRule(rule(BuiltInRules.COVERAGE, "X_OWN_COVERAGE")).build();

        ComplianceReport report = checker.check(WITHOUT_FESTIVAL, PARENT);

        assertThat(checker.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
        assertThat(report.codes()).containsExactly("X_OWN_COVERAGE");
    }

    @Test
    void addRule_rejectsABlankId() {
        ComplianceChecker.Builder builder = ComplianceChecker.builder();

        assertThatThrownBy(() -> builder.addRule(rule(" ", "X")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rule id must not be blank: rule  ");
    }

    @Test
    void addRule_rejectsNullsNamingThem() {
        ComplianceChecker.Builder builder = ComplianceChecker.builder();

        assertThatThrownBy(() -> builder.addRule(null)).isInstanceOf(NullPointerException.class).hasMessage("rule");
        assertThatThrownBy(() -> builder.addRule(rule(null, "X")))
                .isInstanceOf(NullPointerException.class).hasMessage("rule.id()");
    }

    // loadRules

    @Test
    void loadRules_addsTheRuleRegisteredForServiceLoader() {
        ComplianceChecker checker = ComplianceChecker.builder()
                .loadRules(ComplianceCheckerTest.class.getClassLoader()).build();
        NamedPlan unnumbered = new NamedPlan("commune.json", SamplePlans.commune());
        NamedPlan numbered = new NamedPlan("commune.json", SamplePlans.communeNumbered());
        ComplianceChecker onlyLoaded = ComplianceChecker.builder()
                .loadRules(ComplianceCheckerTest.class.getClassLoader()).onlyRules(List.of("x-numbered")).build();

        assertThat(checker.ruleIds()).containsExactlyElementsOf(ids("x-numbered"));
        assertThat(onlyLoaded.check(unnumbered, PARENT).findings()).extracting(Finding::toString)
                .containsExactly("ERROR X_NUMBER_REQUIRED commune.json#/number []");
        assertThat(onlyLoaded.check(numbered, PARENT).findings()).isEmpty();
    }

    @Test
    void loadRules_withALoaderThatSeesNoRegistration_keepsTheBuiltInRules() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ComplianceRule.class.getClassLoader().getParent())) {
            ComplianceChecker checker = ComplianceChecker.builder().loadRules(empty).build();

            assertThat(checker.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
        }
    }

    @Test
    void loadRules_rejectsANullLoader() {
        assertThatThrownBy(() -> ComplianceChecker.builder().loadRules(null))
                .isInstanceOf(NullPointerException.class).hasMessage("loader");
    }

    // onlyRules

    @Test
    void onlyRules_runsTheSelectedRulesInTheOrderTheyWereAdded() {
        ComplianceChecker checker = ComplianceChecker.builder().addRule(rule("x-always", "X_ALWAYS"))
                .onlyRules(List.of("x-always", BuiltInRules.COVERAGE, BuiltInRules.HIERARCHY)).build();

        ComplianceReport report = checker.check(WITHOUT_FESTIVAL, PARENT);

        assertThat(checker.ruleIds()).containsExactly(BuiltInRules.HIERARCHY, BuiltInRules.COVERAGE, "x-always");
        assertThat(report.codes()).containsExactly("PARENT_TASK_NOT_COVERED", "X_ALWAYS");
    }

    @Test
    void onlyRules_withAnUnknownId_failsOnBuildNamingTheKnownIds() {
        ComplianceChecker.Builder builder = ComplianceChecker.builder().addRule(rule("x-always", "X"))
                .onlyRules(List.of(BuiltInRules.FESTIVAL, "festivals"));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No rule with id festivals; known: [hierarchy, citation, coverage, timing, festival, "
                        + "actors, funding, reviews, x-always]");
    }

    @Test
    void onlyRules_laterCallReplacesTheEarlierSelection() {
        ComplianceChecker checker = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.FESTIVAL))
                .onlyRules(List.of(BuiltInRules.TIMING)).build();

        assertThat(checker.ruleIds()).containsExactly(BuiltInRules.TIMING);
    }

    @Test
    void onlyRules_copiesTheSelection() {
        List<String> selection = new ArrayList<>(List.of(BuiltInRules.FESTIVAL));
        ComplianceChecker.Builder builder = ComplianceChecker.builder().onlyRules(selection);
        selection.add(BuiltInRules.TIMING);

        assertThat(builder.build().ruleIds()).containsExactly(BuiltInRules.FESTIVAL);
    }

    @Test
    void onlyRules_rejectsNullsNamingThem() {
        assertThatThrownBy(() -> ComplianceChecker.builder().onlyRules(null))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleIds");
        assertThatThrownBy(() -> ComplianceChecker.builder().onlyRules(Arrays.asList(BuiltInRules.FESTIVAL, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleIds element");
    }

    // profile

    @Test
    void profile_isAppliedAndRecordedInEveryReport() throws IOException {
        ComplianceProfile profile = ComplianceProfile.read(new StringReader("""
                name=lenient
                rule.reviews=off
                severity.PARENT_TASK_NOT_COVERED=INFO
                """));
        ComplianceChecker checker = ComplianceChecker.builder().profile(profile).build();

        ComplianceReport report = checker.check(WITHOUT_FESTIVAL, PARENT);

        assertThat(checker.profile()).isSameAs(profile);
        assertThat(checker.ruleIds()).containsExactly(BuiltInRules.HIERARCHY, BuiltInRules.CITATION,
                BuiltInRules.COVERAGE, BuiltInRules.TIMING, BuiltInRules.FESTIVAL, BuiltInRules.ACTORS,
                BuiltInRules.FUNDING);
        assertThat(report.profile()).isEqualTo("lenient");
        assertThat(report.findings()).extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.INFO, "PARENT_TASK_NOT_COVERED"));
    }

    @Test
    void profile_turnsOffASelectedRule() throws IOException {
        ComplianceProfile profile = ComplianceProfile.read(new StringReader("rule.festival=off"));

        ComplianceChecker checker = ComplianceChecker.builder()
                .onlyRules(List.of(BuiltInRules.FESTIVAL, BuiltInRules.TIMING)).profile(profile).build();

        assertThat(checker.ruleIds()).containsExactly(BuiltInRules.TIMING);
    }

    @Test
    void profile_rejectsANullProfile() {
        assertThatThrownBy(() -> ComplianceChecker.builder().profile(null))
                .isInstanceOf(NullPointerException.class).hasMessage("newProfile");
    }

    // check(child, parent)

    @Test
    void checkChildAgainstParent_reportsOnTheChildWithThePlacesInBothFiles() {
        ComplianceReport report = ComplianceChecker.create().check(WITHOUT_FESTIVAL, PARENT);

        assertThat(report.files()).containsExactly("child.json");
        assertThat(report.findings()).extracting(Finding::toString).containsExactly(
                "ERROR PARENT_TASK_NOT_COVERED child.json#/sections <- parent.json#/sections/0/tasks/1 "
                        + "[Ngày hội Đại đoàn kết toàn dân tộc, 457/KH-MTTQ-BTT, p-festival]");
        assertThat(report.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
        assertThat(report.ruleDataVersion()).isEqualTo(ComplianceChecker.RULE_DATA_VERSION);
        assertThat(report.profile()).isEqualTo("default");
    }

    @Test
    void checkChildAgainstParent_ofACompliantChild_isEmpty() {
        ComplianceReport report = ComplianceChecker.create().check(COMPLIANT, PARENT);

        assertThat(report.findings()).isEmpty();
        assertThat(report.files()).containsExactly("child.json");
    }

    @Test
    void checkChildAgainstParent_twice_givesEqualReports() {
        ComplianceChecker checker = ComplianceChecker.create();

        assertThat(checker.check(WITHOUT_FESTIVAL, PARENT)).isEqualTo(checker.check(WITHOUT_FESTIVAL, PARENT));
    }

    @Test
    void checkChildAgainstParent_rejectsNullsNamingThem() {
        ComplianceChecker checker = ComplianceChecker.create();

        assertThatThrownBy(() -> checker.check(null, PARENT)).isInstanceOf(NullPointerException.class)
                .hasMessage("child");
        assertThatThrownBy(() -> checker.check(COMPLIANT, (NamedPlan) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent");
    }

    // check(PlanSet)

    @Test
    void checkPlanSet_checksEveryPlanAgainstItsParentInTheSet() {
        NamedPlan orphan = new NamedPlan("orphan.json", child().number(DocumentNumber.parse("16/KH-MTTQ-BTT"))
                .replaceReferences(List.of(child().build().references().get(0)
                        .withNumber(DocumentNumber.parse("999/KH-MTTQ-BTT")))).build());

        ComplianceReport report = ComplianceChecker.create().check(PlanSet.of(PARENT, WITHOUT_FESTIVAL, orphan));

        assertThat(report.files()).containsExactly("parent.json", "child.json", "orphan.json");
        assertThat(report.findingsIn("parent.json")).isEmpty();
        assertThat(report.findingsIn("child.json")).extracting(Finding::code, f -> f.parentFile().orElse(""))
                .containsExactly(tuple("PARENT_TASK_NOT_COVERED", "parent.json"));
        assertThat(report.findingsIn("orphan.json")).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("PARENT_NOT_FOUND", "/references/0"));
        assertThat(report.ruleDataVersion()).isEqualTo(ComplianceChecker.RULE_DATA_VERSION);
    }

    @Test
    void checkPlanSet_ofAnEmptySet_isEmptyWithoutFiles() {
        ComplianceReport report = ComplianceChecker.create().check(PlanSet.of());

        assertThat(report.findings()).isEmpty();
        assertThat(report.files()).isEmpty();
        assertThat(report.ruleIds()).containsExactlyElementsOf(BuiltInRules.IDS);
    }

    @Test
    void checkPlanSet_rejectsANullSet() {
        assertThatThrownBy(() -> ComplianceChecker.create().check(null))
                .isInstanceOf(NullPointerException.class).hasMessage("planSet");
    }

    // check(plan, set)

    @Test
    void checkPlanOfSet_reportsOnThatPlanAsTheWholeSetCheckDoes() {
        ComplianceChecker checker = ComplianceChecker.create();
        PlanSet set = PlanSet.of(PARENT, WITHOUT_FESTIVAL);

        ComplianceReport report = checker.check(WITHOUT_FESTIVAL, set);

        assertThat(report.files()).containsExactly("child.json");
        assertThat(report.findings()).isEqualTo(checker.check(set).findingsIn("child.json"));
        assertThat(report.findings()).extracting(Finding::code).containsExactly("PARENT_TASK_NOT_COVERED");
        assertThat(report.ruleDataVersion()).isEqualTo(ComplianceChecker.RULE_DATA_VERSION);
        assertThat(checker.check(PARENT, set).findings()).isEmpty();
    }

    @Test
    void checkPlanOfSet_rejectsAPlanTheSetDoesNotHoldEvenIfEqual() {
        PlanSet set = PlanSet.of(PARENT, WITHOUT_FESTIVAL);
        NamedPlan copy = new NamedPlan(WITHOUT_FESTIVAL.file(), WITHOUT_FESTIVAL.plan());

        assertThatThrownBy(() -> ComplianceChecker.create().check(copy, set))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("The plan set does not hold child.json");
    }

    @Test
    void checkPlanOfSet_rejectsNullsNamingThem() {
        ComplianceChecker checker = ComplianceChecker.create();
        PlanSet set = PlanSet.of(PARENT);

        assertThatThrownBy(() -> checker.check(null, set)).isInstanceOf(NullPointerException.class)
                .hasMessage("plan");
        assertThatThrownBy(() -> checker.check(PARENT, (PlanSet) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("planSet");
    }

    // coverage

    @Test
    void coverage_listsTheParentsTasksForTheChildsLevelWithTheirLinks() {
        List<TaskMatch> table = ComplianceChecker.create().coverage(COMPLIANT.plan(), PARENT.plan());

        assertThat(table).extracting(TaskMatch::parentTaskId, m -> m.parentPointer().toString(), TaskMatch::coverage,
                TaskMatch::basis, m -> m.best().map(TaskMatch.Candidate::childTaskId).orElse("")).containsExactly(
                        tuple("p-propaganda", "/sections/0/tasks/0", Coverage.COVERED, Basis.LINKED, "propaganda"),
                        tuple("p-festival", "/sections/0/tasks/1", Coverage.COVERED, Basis.LINKED, "festival"),
                        tuple("p-review", "/sections/0/tasks/2", Coverage.COVERED, Basis.LINKED, "review"));
    }

    @Test
    void coverage_showsAParentTaskNoChildTaskCarriesOut() {
        List<TaskMatch> table = ComplianceChecker.create().coverage(WITHOUT_FESTIVAL.plan(), PARENT.plan());

        assertThat(table).extracting(TaskMatch::parentTaskId, TaskMatch::coverage, TaskMatch::basis,
                m -> m.candidates().size()).containsExactly(
                        tuple("p-propaganda", Coverage.COVERED, Basis.LINKED, 1),
                        tuple("p-festival", Coverage.NOT_COVERED, Basis.NONE, 0),
                        tuple("p-review", Coverage.COVERED, Basis.LINKED, 1));
    }

    @Test
    void coverage_ofAPlanWithoutLevel_isEmpty() {
        Plan unknownIssuer = child().issuer("nobody").build();

        assertThat(unknownIssuer.level()).isEmpty();
        assertThat(ComplianceChecker.create().coverage(unknownIssuer, PARENT.plan())).isEmpty();
    }

    @Test
    void coverage_rejectsNullsNamingThem() {
        ComplianceChecker checker = ComplianceChecker.create();

        assertThatThrownBy(() -> checker.coverage(null, PARENT.plan())).isInstanceOf(NullPointerException.class)
                .hasMessage("child");
        assertThatThrownBy(() -> checker.coverage(COMPLIANT.plan(), null)).isInstanceOf(NullPointerException.class)
                .hasMessage("parent");
    }

    // ruleIds, toString

    @Test
    void ruleIds_isUnmodifiable() {
        List<String> ids = ComplianceChecker.create().ruleIds();

        assertThatThrownBy(() -> ids.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toString_namesTheRulesTheProfileAndTheRuleData() {
        ComplianceChecker checker = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.FESTIVAL)).build();

        assertThat(checker).hasToString("ComplianceChecker[festival][default, data "
                + ComplianceChecker.RULE_DATA_VERSION + "]");
    }
}
