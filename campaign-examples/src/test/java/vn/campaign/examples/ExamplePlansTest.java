package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.campaign.compliance.ComplianceChecker;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.compliance.PlanSet;
import vn.campaign.finding.Finding;
import vn.campaign.io.PlanJson;
import vn.campaign.cascade.PlanSets;
import vn.campaign.validation.PlanValidator;

/**
 * The bundled plans and their expected reports ({@code plans/NAME.expected.txt}): validation findings
 * ({@code validate …}) and compliance findings within the plan set ({@code check …}), one per line.
 */
class ExamplePlansTest {

    static final Path PLANS = Paths.get("src/main/resources/plans");

    static String name(String file) {
        return Paths.get(file).getFileName().toString();
    }

    static List<String> actual(PlanSet set, NamedPlan plan, ComplianceReport report) {
        List<String> lines = new ArrayList<>();
        for (Finding f : PlanValidator.create().validate(plan.plan()).findings()) {
            lines.add("validate " + f.severity() + " " + f.code() + " " + f.pointer() + " " + f.arguments());
        }
        for (Finding f : report.findingsIn(plan.file())) {
            lines.add("check " + f.severity() + " " + f.code() + " " + f.pointer()
                    + f.parentPointer().map(p -> " <- " + name(f.parentFile().orElse("")) + "#" + p).orElse("")
                    + " " + f.arguments());
        }
        return lines;
    }

    @TestFactory
    Stream<DynamicTest> everyPlan_matchesItsExpectedReport() throws IOException {
        PlanSet set = PlanSets.read(PLANS, PlanJson.create());
        ComplianceReport report = ComplianceChecker.create().check(set);
        assertThat(set.plans()).hasSize(6);
        return set.plans().stream().map(plan -> DynamicTest.dynamicTest(name(plan.file()), () -> {
            Path expected = PLANS.resolve(name(plan.file()).replace(".json", ".expected.txt"));
            List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            assertThat(actual(set, plan, report)).containsExactlyInAnyOrderElementsOf(lines);
        }));
    }

    @Test
    void planSet_findsEachPlansParent() throws IOException {
        PlanSet set = PlanSets.read(PLANS, PlanJson.create());

        List<String> pairs = set.plans().stream().map(plan -> name(plan.file()) + " -> "
                + set.parentOf(plan).map(p -> name(p.file())).orElse("none")).toList();

        assertThat(pairs).containsExactly(
                "kh-457-2024-tinh-kon-tum.json -> none",
                "kon-ray-2024.json -> kh-457-2024-tinh-kon-tum.json",
                "thon-a-ngay-hoi-2024.json -> xa-dak-koi-2024.json",
                "tinh-quang-ngai-2026.json -> none",
                "xa-dak-koi-2024.json -> kon-ray-2024.json",
                "xa-minh-hoa-2026.json -> tinh-quang-ngai-2026.json");
    }

    @Test
    void provincePlan_marksEveryInferredTaskWithItsSource() throws IOException {
        var plan = PlanJson.create().read(PLANS.resolve("kh-457-2024-tinh-kon-tum.json"));

        assertThat(plan.extensions().get("x-provenance")).hasValueSatisfying(
                json -> assertThat(json).contains("\"inferred\"", "/sections"));
        assertThat(plan.allTasks()).allSatisfy(task -> assertThat(task.extensions().get("x-provenance"))
                .hasValueSatisfying(json -> assertThat(json).contains("\"status\":\"inferred\"", "kon-ray-2024.json#")));
        assertThat(Optional.of(plan.number().orElseThrow().toString())).contains("457/KH-MTTQ-BTT");
    }

    @Test
    void illustrativePlans_sayTheyAreIllustrative() throws IOException {
        for (String file : List.of("xa-dak-koi-2024.json", "thon-a-ngay-hoi-2024.json", "tinh-quang-ngai-2026.json",
                "xa-minh-hoa-2026.json")) {
            assertThat(PlanJson.create().read(PLANS.resolve(file)).extensions().get("x-provenance")).as(file)
                    .hasValueSatisfying(json -> assertThat(json).contains("\"illustrative\""));
        }
    }
}
