package vn.campaign.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import vn.campaign.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;

/** Users' rules (programmatic and ServiceLoader), rule selection and profiles. */
class ComplianceExtensionsTest {

    /** A user's rule: every plan must have a number. Also listed in META-INF/services for the loader test. */
    public static final class NumberedRule implements ComplianceRule {
        /** Creates the rule; public for ServiceLoader. */
        public NumberedRule() {
        }

        @Override
        public String id() {
            return "x-numbered";
        }

        @Override
        public void check(ComplianceContext context) {
            if (context.child().plan().number().isEmpty()) {
                context.report("X_NUMBER_REQUIRED", Severity.ERROR, PlanPointer.parse("/number"), Optional.empty(),
                        List.of());
            }
        }
    }

    private static final Plan UNNUMBERED = new Plan(Fixtures.child().build().type(), Optional.empty(),
            Fixtures.child().build().issuerId(), Optional.empty(), Fixtures.child().build().date(),
            Fixtures.child().build().title(), Fixtures.child().build().period(), Fixtures.child().build().campaign(),
            List.of(), Fixtures.child().build().references(), Optional.empty(), Fixtures.child().build().sections(),
            List.of(), Fixtures.child().build().funding(), Fixtures.child().build().recipients(), Optional.empty(),
            Optional.empty(), Fixtures.child().build().actors(), vn.campaign.model.Extensions.empty());

    private static final Schedule LATE = Schedule.between(java.time.LocalDate.of(2024, 11, 20),
            java.time.LocalDate.of(2024, 11, 25));

    private static ComplianceReport run(ComplianceChecker checker, Plan child) {
        return checker.check(new NamedPlan("child.json", child), new NamedPlan("parent.json", Fixtures.parent()));
    }

    @Test
    void addRule_runsAUsersRuleAndRecordsItsId() {
        ComplianceChecker checker = ComplianceChecker.builder().addRule(new NumberedRule()).build();

        ComplianceReport report = run(checker, UNNUMBERED);

        assertThat(report.findings()).extracting(Finding::code, f -> f.pointer().toString())
                .containsExactly(tuple("X_NUMBER_REQUIRED", "/number"));
        assertThat(report.findings().get(0).message()).isEqualTo("X_NUMBER_REQUIRED");
        assertThat(report.ruleIds()).endsWith("x-numbered");
        assertThat(run(checker, Fixtures.child().build()).findings()).isEmpty();
    }

    @Test
    void loadRules_findsRulesListedForServiceLoader() {
        ComplianceChecker checker = ComplianceChecker.builder()
                .loadRules(ComplianceExtensionsTest.class.getClassLoader()).build();

        assertThat(checker.ruleIds()).contains("x-numbered");
        assertThat(run(checker, UNNUMBERED).codes()).containsExactly("X_NUMBER_REQUIRED");
    }

    @Test
    void onlyRules_runsTheSelectedRulesAndRejectsUnknownIds() {
        ComplianceChecker checker = ComplianceChecker.builder().onlyRules(List.of(BuiltInRules.FESTIVAL)).build();
        Plan late = Fixtures.child(Fixtures.festival().schedule(LATE).build()).build();

        assertThat(run(checker, late).codes()).containsExactly("FESTIVAL_AFTER_NATIONAL_DAY");
        assertThatThrownBy(() -> ComplianceChecker.builder().onlyRules(List.of("nope")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No rule with id nope");
    }

    @Test
    void profile_changesSeveritiesDropsCodesAndTurnsRulesOff() throws IOException {
        ComplianceProfile profile = ComplianceProfile.read(new StringReader("""
                name=strict
                severity.FESTIVAL_AFTER_NATIONAL_DAY=ERROR
                severity.PARENT_TASK_NOT_COVERED=off
                rule.reviews=off
                """));
        ComplianceChecker checker = ComplianceChecker.builder().profile(profile).build();
        Plan plan = Fixtures.child(Fixtures.propaganda().build(),
                Fixtures.festival().schedule(LATE).build()).build();

        ComplianceReport report = run(checker, plan);

        assertThat(report.findings()).extracting(Finding::code, f -> f.severity())
                .containsExactly(tuple("FESTIVAL_AFTER_NATIONAL_DAY", Severity.ERROR));
        assertThat(report.profile()).isEqualTo("strict");
        assertThat(report.ruleIds()).doesNotContain(BuiltInRules.REVIEWS);
        assertThat(run(ComplianceChecker.create(), plan).codes())
                .containsExactly("FESTIVAL_AFTER_NATIONAL_DAY", "PARENT_TASK_NOT_COVERED", "REVIEW_MISSING");
    }

    @Test
    void profile_rejectsUnknownKeysAndValues() {
        assertThatThrownBy(() -> ComplianceProfile.read(new StringReader("rules.timing=off")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "Unknown profile key rules.timing (expected name, rule.ID or severity.CODE)");
        assertThatThrownBy(() -> ComplianceProfile.read(new StringReader("severity.X=FATAL")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Profile key severity.X: expected ERROR, WARNING, INFO or off, found FATAL");
    }

    @Test
    void everyCode_hasAVietnameseAndAnEnglishMessageAndHint() {
        for (ComplianceCode code : ComplianceCode.values()) {
            Finding finding = Finding.of(code, PlanPointer.root(), "a", "b", "c", "d");
            assertThat(finding.message()).as(code.code()).isNotEqualTo(code.code()).doesNotContain("{0}");
            assertThat(finding.message(Language.EN)).as(code.code()).isNotEqualTo(finding.message());
            assertThat(finding.hint()).as(code.code()).isNotBlank();
            assertThat(finding.hint(Language.EN)).as(code.code()).isNotBlank();
            assertThat(BuiltInRules.IDS).contains(code.rule());
            assertThat(ComplianceCode.of(code.code())).contains(code);
        }
    }

    @Test
    void everyCode_isInTheCatalogueWithItsSeverityAFailingAndAPassingExample() throws IOException {
        String catalogue = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "compliance.md"));
        for (ComplianceCode code : ComplianceCode.values()) {
            int at = catalogue.indexOf("### " + code.code());
            assertThat(at).as(code.code()).isNotNegative();
            int end = catalogue.indexOf("\n### ", at + 1);
            String section = catalogue.substring(at, end < 0 ? catalogue.length() : end);
            assertThat(section).as(code.code()).contains("Failing", "Passing", "Source");
            assertThat(section.substring(("### " + code.code()).length()).strip()).as(code.code())
                    .startsWith(code.severity().name() + " ");
        }
    }

    @Test
    void hierarchy_isDatedData() {
        assertThat(AdministrativeHierarchy.inForceOn(java.time.LocalDate.of(2025, 6, 30)))
                .isEqualTo(AdministrativeHierarchy.FOUR_LEVEL);
        assertThat(AdministrativeHierarchy.inForceOn(java.time.LocalDate.of(2025, 7, 1)))
                .isEqualTo(AdministrativeHierarchy.TWO_TIER);
        assertThat(AdministrativeHierarchy.TWO_TIER.levelAbove(vn.campaign.model.AdministrativeLevel.COMMUNE))
                .contains(vn.campaign.model.AdministrativeLevel.PROVINCE);
        assertThat(AdministrativeHierarchy.FOUR_LEVEL.levelAbove(vn.campaign.model.AdministrativeLevel.COMMUNE))
                .contains(vn.campaign.model.AdministrativeLevel.DISTRICT);
    }
}
