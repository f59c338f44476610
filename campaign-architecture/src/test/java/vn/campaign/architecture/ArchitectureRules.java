package vn.campaign.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.AllDependenciesCondition;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The dependency rules of the SDK, written once and anchored at a root package: {@code vn.campaign}
 * for the real classes, {@code vn.campaign.architecture.planted} for the planted classes that prove
 * each rule can fail. Every package name below is relative to the root, so both runs check the same
 * rules; only the names of outside libraries (Jackson, POI, ical4j, picocli) are absolute.
 *
 * <p>Each rule takes the known violations it tolerates, one {@code ignoreDependency} each, so that a
 * tolerated dependency is named, documented and deleted on its own.
 */
final class ArchitectureRules {

    /** The JSON libraries: Jackson 2 and Jackson 3. */
    static final String[] JSON_LIBRARIES = {"com.fasterxml..", "tools.jackson.."};
    /** The DOCX library (Apache POI) and the iCalendar library (ical4j). */
    static final String[] DOCUMENT_LIBRARIES = {"org.apache.poi..", "net.fortuna.."};
    /** The command-line library. */
    static final String[] CLI_LIBRARIES = {"picocli.."};

    /**
     * The public packages that have an internal twin (relative to the root): {@code X.internal}, or
     * in campaign-core {@code internal.X}.
     */
    static final List<String> PUBLIC_PACKAGES = List.of("model", "validation", "compliance", "calendar", "finding",
            "io", "render", "importer");

    private final String root;

    ArchitectureRules(String root) {
        this.root = Objects.requireNonNull(root, "root");
    }

    /**
     * A module with internal packages: its own packages, and those of them that only its own classes
     * may use.
     */
    record Module(String name, List<String> packages, List<String> internalPackages) {
    }

    /** campaign-core: the model, validation, compliance, calendar, findings and their internals. */
    Module core() {
        return new Module("campaign-core",
                rooted("model..", "validation..", "compliance..", "calendar..", "finding..", "internal.."),
                rooted("internal.."));
    }

    /** campaign-io: the JSON format; with it its Jackson 3 binding, campaign-jackson3 (vn.campaign.io.jackson3). */
    Module io() {
        return new Module("campaign-io", rooted("io.."), rooted("io.internal.."));
    }

    /** campaign-render: documents and calendars for people. */
    Module render() {
        return new Module("campaign-render", rooted("render.."), rooted("render.internal.."));
    }

    /** campaign-import: the importer of existing documents. */
    Module importer() {
        return new Module("campaign-import", rooted("importer.."), rooted("importer.internal.."));
    }

    /** The modules that have internal packages. */
    List<Module> modulesWithInternals() {
        return List.of(core(), io(), render(), importer());
    }

    /**
     * (a) No cycles between packages: each package is a slice of its own, an {@code internal}
     * package included. One kind of dependency is not counted: a public package calling its own
     * implementation, the {@code internal} package of the same name ({@code io} →
     * {@code io.internal}, {@code validation} → {@code internal.validation} in campaign-core). A
     * facade and its implementation are one unit: the facade calls the implementation, the
     * implementation uses the facade's value types (limits, codes, entries). Any other dependency
     * between them, and every dependency between different packages, counts.
     */
    ArchRule packagesAreFreeOfCycles(List<KnownViolation> tolerated) {
        SliceRule rule = slices().matching(root + ".(**)").namingSlices("package " + root + ".$1")
                .should().beFreeOfCycles();
        for (String facade : PUBLIC_PACKAGES) {
            String name = root + "." + facade;
            String last = facade.substring(facade.lastIndexOf('.') + 1);
            for (String twin : List.of(name + ".internal", root + ".internal." + last)) {
                rule = rule.ignoreDependency(JavaClass.Predicates.resideInAPackage(name),
                        JavaClass.Predicates.resideInAPackage(twin));
            }
        }
        for (KnownViolation known : tolerated) {
            rule = rule.ignoreDependency(known.originPredicate(), known.targetPredicate());
        }
        return rule;
    }

    /** (b) Only the classes of a module use its internal packages. */
    ArchRule internalsStayInside(Module module, List<KnownViolation> tolerated) {
        String[] inside = module.packages().toArray(String[]::new);
        String[] internals = module.internalPackages().toArray(String[]::new);
        return classes().that().resideOutsideOfPackages(inside)
                .should(withoutDependenciesOn(internals, tolerated))
                .as("classes outside " + module.name() + " should not depend on its internal packages "
                        + module.internalPackages());
    }

    /** (c) campaign-core uses no JSON, DOCX, iCalendar or command-line library. */
    ArchRule coreUsesNoFormatOrCliLibrary(List<KnownViolation> tolerated) {
        Module core = core();
        return classes().that().resideInAnyPackage(core.packages().toArray(String[]::new))
                .should(withoutDependenciesOn(concat(JSON_LIBRARIES, DOCUMENT_LIBRARIES, CLI_LIBRARIES), tolerated))
                .as("campaign-core should not depend on Jackson, Apache POI, ical4j or picocli");
    }

    /** (c) campaign-io uses no DOCX or iCalendar library: those are campaign-render's and campaign-import's. */
    ArchRule ioUsesNoDocumentLibrary(List<KnownViolation> tolerated) {
        return classes().that().resideInAnyPackage(io().packages().toArray(String[]::new))
                .should(withoutDependenciesOn(DOCUMENT_LIBRARIES, tolerated))
                .as("campaign-io should not depend on Apache POI or ical4j");
    }

    /** (d) The model knows nothing of what checks it: validation, compliance, findings. */
    ArchRule modelKnowsNoChecks(List<KnownViolation> tolerated) {
        return classes().that().resideInAPackage(root + ".model..")
                .should(withoutDependenciesOn(rooted("validation..", "compliance..", "finding..")
                        .toArray(String[]::new), tolerated))
                .as("the model (" + root + ".model..) should not depend on validation, compliance or findings");
    }

    /** (e) The benchmarks measure what a user gets: the public API, no {@code internal} package. */
    ArchRule benchUsesPublicApiOnly(List<KnownViolation> tolerated) {
        return classes().that().resideInAPackage(root + ".bench..")
                .should(withoutDependenciesOn(new String[] {"..internal.."}, tolerated))
                .as("campaign-bench (" + root + ".bench..) should use the public API only, no internal package");
    }

    private static AllDependenciesCondition withoutDependenciesOn(String[] packages, List<KnownViolation> tolerated) {
        DescribedPredicate<JavaClass> forbidden = resideInAnyPackage(packages);
        AllDependenciesCondition condition = onlyHaveDependenciesWhere(
                DescribedPredicate.describe("target outside " + Arrays.toString(packages),
                        (Dependency dependency) -> !forbidden.test(dependency.getTargetClass())));
        for (KnownViolation known : tolerated) {
            condition = condition.ignoreDependency(known.dependencyPredicate());
        }
        return condition;
    }

    private List<String> rooted(String... relative) {
        return Arrays.stream(relative).map(name -> root + "." + name).toList();
    }

    private static String[] concat(String[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(String[]::new);
    }
}
