package vn.campaign.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.campaign.test.CampaignAssertions.assertThat;
import static vn.campaign.test.CampaignAssertions.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.model.TaskKind;

/** The kit as a government team would use it, on the bundled plans. */
class CampaignAssertionsTest {

    static final Path PLANS = Path.of("..", "campaign-examples", "src", "main", "resources", "plans");
    static final String KON_RAY = PLANS.resolve("kon-ray-2024.json").toString();
    static final String PROVINCE = PLANS.resolve("kh-457-2024-tinh-kon-tum.json").toString();

    @TempDir
    Path temp;

    private static NamedPlan withoutFestival() {
        Plan plan = plan(KON_RAY).plan();
        return new NamedPlan("no-festival.json",
                plan.toBuilder().replaceSections(plan.sections().stream().map(CampaignAssertionsTest::drop).toList())
                        .build());
    }

    private static Section drop(Section s) {
        return new Section(s.id(), s.number(), s.heading(), s.kind(), s.actorId(), s.paragraphs(),
                s.tasks().stream().filter(t -> !t.is(TaskKind.GREAT_UNITY_FESTIVAL)).toList(),
                s.subsections().stream().map(CampaignAssertionsTest::drop).toList(), s.extensions());
    }

    @Test
    void reportAssert_worksOnValidationAndComplianceReportsAlike() {
        vn.campaign.validation.ValidationReport validation = vn.campaign.validation.PlanValidator.create()
                .validate(plan(KON_RAY).plan());
        vn.campaign.compliance.ComplianceReport compliance = vn.campaign.compliance.ComplianceChecker.create()
                .check(plan(KON_RAY), plan(PROVINCE));

        assertThat(validation).hasNoErrors().hasFinding("PLAN_NUMBER_MISSING").at("/number");
        assertThat(compliance).hasNoErrors().hasNoFindings();
        assertThatThrownBy(() -> assertThat(validation).hasNoFindings())
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected no finding, but:")
                .hasMessageContaining("WARNING PLAN_NUMBER_MISSING");
    }

    @Test
    void oneLine_konRayCompliesWithTheProvincePlan() {
        assertThat(plan(KON_RAY)).isValid().compliesWith(plan(PROVINCE));
    }

    @Test
    void compliesWith_failsNamingTheMissingParentTask() {
        assertThatThrownBy(() -> assertThat(withoutFestival()).compliesWith(plan(PROVINCE)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected no-festival.json to comply with " + PROVINCE)
                .hasMessageContaining("ERROR PARENT_TASK_NOT_COVERED no-festival.json#/sections <- " + PROVINCE
                        + "#/sections/0/tasks/4 [Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…, 457/KH-MTTQ-BTT, "
                        + "great-unity-festival]");
    }

    @Test
    void hasFinding_narrowsByPointerParentAndSeverity() {
        assertThat(withoutFestival()).checkedAgainst(plan(PROVINCE)).hasFinding("PARENT_TASK_NOT_COVERED")
                .at("/sections").fromParent("/sections/0/tasks/4").withSeverity(Severity.ERROR)
                .withArguments("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư…", "457/KH-MTTQ-BTT",
                        "great-unity-festival");

        assertThatThrownBy(() -> assertThat(withoutFestival()).checkedAgainst(plan(PROVINCE))
                .hasFinding("PARENT_TASK_NOT_COVERED").at("/references"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected a finding PARENT_TASK_NOT_COVERED at /references, but found:");
    }

    @Test
    void hasFinding_onValidationFindingsOfThePlan() {
        assertThat(plan(KON_RAY)).hasFinding("DUPLICATE_SECTION_NUMBER").at("/sections/3/subsections/2/number")
                .withSeverity(Severity.WARNING);

        assertThatThrownBy(() -> assertThat(plan(KON_RAY)).hasFinding("UNKNOWN_ACTOR"))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("Expected a finding UNKNOWN_ACTOR, but:");
    }

    @Test
    void hasFinding_onValidationFindings_showsThemWithoutAFileTheyDoNotHave() {
        assertThatThrownBy(() -> assertThat(plan(KON_RAY)).hasFinding("DUPLICATE_SECTION_NUMBER").at("/number"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WARNING DUPLICATE_SECTION_NUMBER /sections/3/subsections/2/number [")
                .hasMessageNotContaining("#/sections");
    }

    @Test
    void hasFinding_narrowsByFileAndPlanPointer() {
        assertThat(withoutFestival()).checkedAgainst(plan(PROVINCE)).hasFinding("PARENT_TASK_NOT_COVERED")
                .inFile("no-festival.json").at(PlanPointer.parse("/sections"));

        assertThatThrownBy(() -> assertThat(withoutFestival()).checkedAgainst(plan(PROVINCE))
                .hasFinding("PARENT_TASK_NOT_COVERED").inFile("other.json"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected a finding PARENT_TASK_NOT_COVERED in file other.json, but found:");
    }

    @Test
    void isValid_failsWithTheValidationReport() {
        Plan plan = plan(KON_RAY).plan();
        Plan broken = plan.toBuilder().issuer("nobody").build();

        assertThatThrownBy(() -> assertThat(broken).isValid()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ERROR UNKNOWN_ACTOR /issuerId [nobody]");
    }

    @Test
    void plan_reportsAnUnreadableFileWithItsName() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{");

        assertThatThrownBy(() -> plan(broken.toString())).isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith(broken + ": ");
    }

    @TestFactory
    Stream<DynamicTest> planFolder_oneTestPerBundledPlan() throws IOException {
        List<DynamicTest> tests = PlanFolderTests.of(PLANS).toList();
        org.assertj.core.api.Assertions.assertThat(tests).extracting(DynamicTest::getDisplayName)
                .hasSize(6).allMatch(name -> name.endsWith(".json"));
        return tests.stream();
    }

    @Test
    void planFolder_failsForAPlanThatDoesNotComply() throws Throwable {
        Files.copy(Path.of(PROVINCE), temp.resolve("a-province.json"));
        Files.write(temp.resolve("b-district.json"), vn.campaign.io.PlanJson.create().writeBytes(withoutFestival().plan()));

        List<DynamicTest> tests = PlanFolderTests.of(temp).toList();

        tests.get(0).getExecutable().execute();
        assertThatThrownBy(() -> tests.get(1).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageContaining("b-district.json does not comply")
                .hasMessageContaining("PARENT_TASK_NOT_COVERED");
    }
}
