package vn.campaign.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves that every rule of {@link ArchitectureRules} can fail: each runs, anchored at the planted
 * root, on the classes of {@code vn.campaign.architecture.planted}, which break it on purpose, and
 * must report exactly the planted dependency. Also proves that a tolerated violation silences only
 * its own dependency and that an unneeded one is found.
 */
class ArchitectureRulesTest {

    private static final String ROOT = "vn.campaign.architecture.planted";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT);
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(ROOT);

    private static final KnownViolation TASK_USES_SEVERITY = new KnownViolation(ROOT + ".model.PlantedTask",
            ROOT + ".validation.PlantedSeverity", "never: planted");

    @Test
    void packagesAreFreeOfCycles_reportsTwoPackagesUsingEachOther() {
        assertThat(report(RULES.packagesAreFreeOfCycles(List.of())))
                .contains("Cycle detected: package " + ROOT + ".model -> \n"
                        + "                package " + ROOT + ".validation -> \n"
                        + "                package " + ROOT + ".model");
    }

    @Test
    void packagesAreFreeOfCycles_doesNotCountAFacadeCallingItsOwnImplementation() {
        // planted io.PlantedReader uses io.internal.PlantedParser, which uses io.PlantedReadLimits.
        assertThat(report(RULES.packagesAreFreeOfCycles(List.of())))
                .doesNotContain("package " + ROOT + ".io.internal");
    }

    @Test
    void packagesAreFreeOfCycles_withAToleratedDependency_passes() {
        EvaluationResult result = RULES.packagesAreFreeOfCycles(List.of(TASK_USES_SEVERITY)).evaluate(PLANTED);

        assertThat(result.hasViolation()).isFalse();
    }

    @Test
    void internalsStayInside_reportsAnotherModuleUsingCoreInternals() {
        assertThat(report(RULES.internalsStayInside(RULES.core(), List.of())))
                .contains("<" + ROOT + ".render.PlantedRenderer.text> has type <" + ROOT + ".internal.PlantedText>")
                .contains("violated (1 times)");
    }

    @Test
    void internalsStayInside_reportsTheBenchUsingIoInternalsButNotIoItself() {
        assertThat(report(RULES.internalsStayInside(RULES.io(), List.of())))
                .contains("<" + ROOT + ".bench.PlantedBenchmark.parser> has type <" + ROOT + ".io.internal.PlantedParser>")
                .doesNotContain("PlantedReader")
                .contains("violated (1 times)");
    }

    @Test
    void coreUsesNoFormatOrCliLibrary_reportsJacksonInTheModel() {
        assertThat(report(RULES.coreUsesNoFormatOrCliLibrary(List.of())))
                .contains("<" + ROOT + ".model.PlantedJsonWriter.mapper> has type <com.fasterxml.jackson.databind.ObjectMapper>")
                .contains("violated (1 times)");
    }

    @Test
    void ioUsesNoDocumentLibrary_reportsPoiInIo() {
        assertThat(report(RULES.ioUsesNoDocumentLibrary(List.of())))
                .contains("<" + ROOT + ".io.PlantedDocxReader.document> has type <org.apache.poi.xwpf.usermodel.XWPFDocument>")
                .contains("violated (1 times)");
    }

    @Test
    void modelKnowsNoChecks_reportsTheModelUsingValidation() {
        assertThat(report(RULES.modelKnowsNoChecks(List.of())))
                .contains("<" + ROOT + ".model.PlantedTask.severity> has type <" + ROOT + ".validation.PlantedSeverity>")
                .contains("violated (1 times)");
    }

    @Test
    void modelKnowsNoChecks_withTheDependencyTolerated_passes() {
        assertThat(RULES.modelKnowsNoChecks(List.of(TASK_USES_SEVERITY)).evaluate(PLANTED).hasViolation()).isFalse();
    }

    @Test
    void benchUsesPublicApiOnly_reportsTheBenchUsingAnInternalPackage() {
        assertThat(report(RULES.benchUsesPublicApiOnly(List.of())))
                .contains("<" + ROOT + ".bench.PlantedBenchmark.parser> has type <" + ROOT + ".io.internal.PlantedParser>")
                .contains("violated (1 times)");
    }

    @Test
    void unneeded_findsAToleratedDependencyThatNoLongerBreaksTheRule() {
        KnownViolation gone = new KnownViolation(ROOT + ".model.PlantedJsonWriter", ROOT + ".validation.PlantedSeverity",
                "never: planted");

        assertThat(KnownViolation.unneeded(RULES::modelKnowsNoChecks, List.of(TASK_USES_SEVERITY, gone), PLANTED))
                .containsExactly(gone);
    }

    private static String report(ArchRule rule) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as("the rule reports the planted violation").isTrue();
        return result.getFailureReport().toString();
    }
}
