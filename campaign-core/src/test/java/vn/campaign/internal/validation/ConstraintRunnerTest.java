package vn.campaign.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Plan;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;
import vn.campaign.testing.Fixtures;
import vn.campaign.testing.SamplePlans;

/**
 * {@link ConstraintRunner}: its fast path gives Hibernate Validator's findings on the core's
 * fixtures (the differential test over the bundled plans, the real documents and thousands of
 * damaged plans is campaign-examples' {@code ConstraintFastPathDifferentialTest}); a shape it does
 * not understand is left to Hibernate Validator, when planned or when met in a run.
 */
class ConstraintRunnerTest {

    private static final ValidatorFactory PLAN_FACTORY = ValidatorSetup.buildPlanFactory();
    private static final ValidatorFactory ANY_FACTORY = ValidatorSetup.buildFactory();

    @AfterAll
    static void close() {
        PLAN_FACTORY.close();
        ANY_FACTORY.close();
    }

    @Test
    void fixtures_findTheSameOnTheFastPathAsHibernateValidator() {
        ConstraintRunner fast = ConstraintRunner.of(PLAN_FACTORY, Plan.class);
        ConstraintRunner reference = ConstraintRunner.hibernate(PLAN_FACTORY.getValidator());
        Plan blank = SamplePlans.commune().toBuilder().place("\u3000").preamble("").closing("\u00a0").build();

        for (Plan plan : List.of(SamplePlans.commune(), SamplePlans.communeNumbered(), Fixtures.parent(),
                Fixtures.child().build(), Fixtures.child(Fixtures.propaganda().build()).build(), blank)) {
            Findings planned = new Findings();
            Findings traversed = new Findings();
            assertThat(fast.runPlanned(plan, planned)).isTrue();
            reference.run(plan, traversed);
            assertThat(sorted(planned.list())).isEqualTo(sorted(traversed.list()));
        }
        Findings findings = new Findings();
        fast.run(blank, findings);
        assertThat(sorted(findings.list())).containsExactly(
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/closing"), List.of()),
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/place"), List.of()),
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/preamble"), List.of()));
    }

    @Test
    void aClassThatIsNotARecord_isLeftToHibernateValidator() {
        ConstraintRunner runner = ConstraintRunner.of(ANY_FACTORY, Bean.class);
        Findings findings = new Findings();

        runner.run(new Bean(" "), findings);

        assertThat(runner.planned()).isFalse();
        assertThat(findings.list()).containsExactly(
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/name"), List.of()));
    }

    @Test
    void aMapContainer_isLeftToHibernateValidator() {
        ConstraintRunner runner = ConstraintRunner.of(ANY_FACTORY, WithMap.class);
        Findings findings = new Findings();

        runner.run(new WithMap(Map.of("k", " ")), findings);

        assertThat(runner.planned()).isFalse();
        assertThat(findings.list()).containsExactly(
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/names/k"), List.of()));
    }

    @Test
    void aRedefinedDefaultGroupSequence_isLeftToHibernateValidator() {
        ConstraintRunner runner = ConstraintRunner.of(ANY_FACTORY, Sequenced.class);
        Findings findings = new Findings();

        runner.run(new Sequenced(" ", "x y"), findings);

        assertThat(runner.planned()).isFalse();
        assertThat(findings.list()).containsExactly(
                Finding.of("BLANK_TEXT", Severity.ERROR, PlanPointer.parse("/name"), List.of()));
    }

    @Test
    void aValidatorWithACustomViolation_sendsThePlanToHibernateValidator() {
        ConstraintRunner runner = ConstraintRunner.of(ANY_FACTORY, Custom.class);
        Findings planned = new Findings();
        Findings findings = new Findings();

        boolean ran = runner.runPlanned(new Custom(Optional.of("x")), planned);
        runner.run(new Custom(Optional.of("x")), findings);

        assertThat(runner.planned()).isTrue();
        assertThat(ran).isFalse();
        assertThat(planned.list()).isEmpty();
        assertThat(findings.list()).containsExactly(
                Finding.of("CUSTOM", Severity.ERROR, PlanPointer.parse("/text/detail"), List.of()));
    }

    @Test
    void anotherRootClass_isLeftToHibernateValidator() {
        ConstraintRunner runner = ConstraintRunner.of(ANY_FACTORY, Custom.class);
        Findings planned = new Findings();
        Findings findings = new Findings();

        boolean ran = runner.runPlanned(new Bean(""), planned);
        runner.run(new Bean(""), findings);

        assertThat(ran).isFalse();
        assertThat(findings.list()).extracting(Finding::code).containsExactly("BLANK_TEXT");
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted(Comparator.comparing(Finding::toString)).collect(Collectors.toList());
    }

    /** A plain class, not a record. */
    static final class Bean {
        @NotBlank
        private final String name;

        Bean(String name) {
            this.name = name;
        }
    }

    /** The second group runs only if the first passes: the id is not checked while the name is blank. */
    @GroupSequence({Sequenced.class, Later.class})
    record Sequenced(@NotBlankText String name, @PlanId(groups = Later.class) String id) {
    }

    /** A group after the default one. */
    interface Later {
    }

    /** A record with a map whose values are constrained. */
    record WithMap(Map<String, @NotBlankText String> names) {
    }

    /** A record whose constraint's validator reports a violation of its own. */
    record Custom(Optional<@CustomText String> text) {
    }

    /** Reported by its validator at a node of its own. */
    @Constraint(validatedBy = CustomTextValidator.class)
    @Target(ElementType.TYPE_USE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface CustomText {
        String message() default "{CUSTOM}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Refuses every text, with a violation at a node "detail". */
    public static final class CustomTextValidator implements ConstraintValidator<CustomText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("{CUSTOM}").addPropertyNode("detail").addConstraintViolation();
            return false;
        }
    }
}
