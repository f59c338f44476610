package vn.campaign.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.finding.Finding;
import vn.campaign.io.PlanJson;
import vn.campaign.model.Plan;
import vn.campaign.model.Section;
import vn.campaign.validation.PlanValidator;
import vn.campaign.validation.ValidationCode;

/**
 * Every bundled plan under a plain Hibernate Validator, as an application's {@code @Valid Plan} checks
 * it (Spring MVC, Quarkus REST): no violation, as {@code PlanValidator} finds no constraint finding.
 * Two plain validators: the default factory (with an Expression Language implementation on the test
 * class path, as Spring Boot's validation starter brings one) and one with
 * {@link ParameterMessageInterpolator}, for applications without Expression Language.
 */
class BundledPlansBeanValidationTest {

    private static final ValidatorFactory DEFAULT = Validation.buildDefaultValidatorFactory();
    private static final ValidatorFactory WITHOUT_EL = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final PlanJson JSON = PlanJson.create();

    /** The codes of findings that come from the model's constraints, not from the plan rules. */
    private static final Set<String> CONSTRAINT_CODES = Stream.of(ValidationCode.BLANK_TEXT,
            ValidationCode.EMPTY_LIST, ValidationCode.INVALID_ID, ValidationCode.NEGATIVE_AMOUNT,
            ValidationCode.TASK_WITHOUT_TEXT, ValidationCode.SIGNATURE_WITHOUT_PRINCIPAL,
            ValidationCode.CONSTRAINT_VIOLATED).map(ValidationCode::code).collect(Collectors.toSet());

    @AfterAll
    static void close() {
        DEFAULT.close();
        WITHOUT_EL.close();
    }

    static List<Path> bundledPlans() throws IOException {
        try (Stream<Path> files = Files.list(ExamplePlansTest.PLANS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void bundledPlans_areAllHere() throws IOException {
        assertThat(bundledPlans()).hasSize(6);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledPlans")
    void bundledPlan_hasNoViolation_underAPlainValidator(Path file) throws IOException {
        Plan plan = JSON.read(file);

        assertThat(violations(DEFAULT.getValidator(), plan)).isEmpty();
        assertThat(violations(WITHOUT_EL.getValidator(), plan)).isEmpty();
        assertThat(PlanValidator.create().validate(plan).findings()).extracting(Finding::code)
                .doesNotContainAnyElementsOf(CONSTRAINT_CODES);
    }

    @Test
    void konRay_withBlankTextsAndABadId_givesTheSameVerdictToAPlainValidatorAndPlanValidator() throws IOException {
        Plan plan = JSON.read(ExamplePlansTest.PLANS.resolve("kon-ray-2024.json"));
        List<Section> sections = new ArrayList<>(plan.sections());
        Section first = sections.get(0);
        sections.set(0, new Section("I bis", first.number(), first.heading(), first.kind(), first.actorId(),
                first.paragraphs(), first.tasks(), first.subsections(), first.extensions()));
        Plan broken = plan.toBuilder().place("\u00a0").preamble(" ").replaceSections(sections).build();

        assertThat(violations(DEFAULT.getValidator(), broken)).containsExactly(
                "place @NotBlankText", "preamble @NotBlankText", "sections[0].id @PlanId");
        Set<String> findings = PlanValidator.create().validate(broken).findings().stream()
                .filter(f -> CONSTRAINT_CODES.contains(f.code()))
                .map(f -> f.code() + " " + f.pointer()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(findings).containsExactly("BLANK_TEXT /place", "BLANK_TEXT /preamble", "INVALID_ID /sections/0/id");
    }

    /**
     * The violations as "property path @Constraint", sorted. (The same helper as the core's tests
     * have: their test jar is not used here, since its test services would change the command line's
     * compliance rules.)
     */
    private static Set<String> violations(Validator validator, Plan plan) {
        Set<String> lines = new TreeSet<>();
        for (ConstraintViolation<Plan> violation : validator.validate(plan)) {
            lines.add(violation.getPropertyPath() + " @"
                    + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
        }
        return lines;
    }
}
