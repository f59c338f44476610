package vn.campaign.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of the SDK, checked on the production classes of every module (test classes
 * are not imported). Each rule is written strictly; what breaks it today is listed by name below,
 * one tolerated dependency per entry with the change that removes it, and
 * {@link #knownViolations_areEachStillNeeded} fails as soon as an entry is no longer needed, so that
 * the list only shrinks.
 */
@AnalyzeClasses(packages = "vn.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("vn.campaign");

    /**
     * The dependencies tolerated by rule (d), the model's uses of checks: none. (The model used
     * {@code vn.campaign.validation} until its constraints moved to {@code vn.campaign.model.constraints}.)
     * A new entry names one dependency and the change that removes it.
     */
    static final List<KnownViolation> MODEL_USES_VALIDATION = List.of();

    /**
     * The dependencies tolerated by rule (a): none. (A public package calling its own internal twin
     * is not a cycle to the rule: see {@link ArchitectureRules#packagesAreFreeOfCycles}.)
     */
    static final List<KnownViolation> CYCLES_TOLERATED = List.of();

    /** (a) No cycles between packages, each package (an internal one too) a slice of its own. */
    @ArchTest
    static final ArchRule packages_areFreeOfCycles = RULES.packagesAreFreeOfCycles(CYCLES_TOLERATED);

    /** (b) Only campaign-core uses vn.campaign.internal... */
    @ArchTest
    static final ArchRule coreInternals_areUsedByCoreOnly = RULES.internalsStayInside(RULES.core(), List.of());

    /** (b) Only campaign-io uses vn.campaign.io.internal... */
    @ArchTest
    static final ArchRule ioInternals_areUsedByIoOnly = RULES.internalsStayInside(RULES.io(), List.of());

    /** (b) Only campaign-render uses vn.campaign.render.internal... */
    @ArchTest
    static final ArchRule renderInternals_areUsedByRenderOnly = RULES.internalsStayInside(RULES.render(), List.of());

    /** (b) Only campaign-import uses vn.campaign.importer.internal... */
    @ArchTest
    static final ArchRule importerInternals_areUsedByImportOnly =
            RULES.internalsStayInside(RULES.importer(), List.of());

    /** (c) campaign-core uses no Jackson, Apache POI, ical4j or picocli. */
    @ArchTest
    static final ArchRule core_usesNoFormatOrCliLibrary = RULES.coreUsesNoFormatOrCliLibrary(List.of());

    /** (c) campaign-io uses no Apache POI or ical4j. */
    @ArchTest
    static final ArchRule io_usesNoDocumentLibrary = RULES.ioUsesNoDocumentLibrary(List.of());

    /** (d) The model depends on no validation, compliance or findings package. */
    @ArchTest
    static final ArchRule model_knowsNoChecks = RULES.modelKnowsNoChecks(MODEL_USES_VALIDATION);

    /** (e) campaign-bench uses the public API only. */
    @ArchTest
    static final ArchRule bench_usesPublicApiOnly = RULES.benchUsesPublicApiOnly(List.of());

    /**
     * Every tolerated dependency still breaks its rule: left out alone, the rule fails. One that does
     * not is a fix that landed, and its entry above must be deleted.
     */
    @ArchTest
    static void knownViolations_areEachStillNeeded(JavaClasses classes) {
        assertThat(KnownViolation.unneeded(RULES::packagesAreFreeOfCycles, CYCLES_TOLERATED, classes))
                .as("tolerated by the cycle rule but no longer needed: delete them from CYCLES_TOLERATED")
                .isEmpty();
        assertThat(KnownViolation.unneeded(RULES::modelKnowsNoChecks, MODEL_USES_VALIDATION, classes))
                .as("tolerated by the model rule but no longer needed: delete them from MODEL_USES_VALIDATION")
                .isEmpty();
    }

    /**
     * The rules see every module's production classes and no test class: an empty or partial import
     * would let every rule pass.
     */
    @ArchTest
    static void importedClasses_areTheProductionClassesOfEveryModule(JavaClasses classes) {
        assertThat(classes.stream().map(JavaClass::getName)).contains(
                "vn.campaign.model.Plan", // campaign-core
                "vn.campaign.internal.validation.ValidatorSetup", // campaign-core, internal
                "vn.campaign.io.PlanJson", // campaign-io
                "vn.campaign.render.PlanRenderer", // campaign-render
                "vn.campaign.importer.PlanImporter", // campaign-import
                "vn.campaign.cascade.CascadeCheck", // campaign-cascade
                "vn.campaign.test.CampaignAssertions", // campaign-test
                "vn.campaign.cli.CampaignCli", // campaign-examples
                "vn.campaign.bench.ValidateBenchmark"); // campaign-bench
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .noneMatch(name -> name.startsWith("vn.campaign.architecture"));
    }
}
