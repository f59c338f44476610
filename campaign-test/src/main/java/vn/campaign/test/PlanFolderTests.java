package vn.campaign.test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import vn.campaign.compliance.ComplianceReport;
import vn.campaign.compliance.PlanSet;
import vn.campaign.cascade.PlanSets;
import vn.campaign.finding.Severity;
import vn.campaign.validation.ValidationReport;

/**
 * JUnit 5 dynamic tests over a folder of plans: one test per plan, which fails when the plan has a
 * validation ERROR or a compliance ERROR against its parent in the folder.
 *
 * <pre>
 * &#64;TestFactory
 * Stream&lt;DynamicTest&gt; ourPlans() throws IOException {
 *     return PlanFolderTests.of(Path.of("src/test/resources/plans"));
 * }
 * </pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanFolderTests {

    private PlanFolderTests() {
    }

    /**
     * Returns one dynamic test per plan of a folder (read with {@link PlanSets}), named by its file.
     *
     * @param folder the folder, not null
     * @return the tests, in file name order, never null
     * @throws IOException if the folder or a plan cannot be read
     */
    public static Stream<DynamicTest> of(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        PlanSet set = PlanSets.read(folder, Shared.JSON);
        ComplianceReport report = Shared.checker().check(set);
        return set.plans().stream().map(plan -> DynamicTest.dynamicTest(plan.file(), () -> {
            ValidationReport validation = Shared.Validator.INSTANCE.validate(plan.plan());
            if (validation.hasErrors()) {
                throw new AssertionError(plan.file() + " is not valid:\n" + validation);
            }
            if (report.findingsIn(plan.file()).stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                throw new AssertionError(plan.file() + " does not comply:\n" + String.join("\n",
                        report.findingsIn(plan.file()).stream().map(Object::toString).toList()));
            }
        }));
    }
}
