package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.testing.PlainValidation.CONSTRAINT_CODES;
import static vn.campaign.testing.PlainValidation.violations;

import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotEmpty;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.finding.Finding;
import vn.campaign.internal.validation.ConstraintFindings;
import vn.campaign.model.BudgetLine;
import vn.campaign.model.Extensions;
import vn.campaign.model.FundingItem;
import vn.campaign.model.Money;
import vn.campaign.model.Plan;
import vn.campaign.model.Schedule;
import vn.campaign.model.Section;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.Task;
import vn.campaign.model.TaskKind;
import vn.campaign.model.constraints.ConsistentSignature;
import vn.campaign.model.constraints.NonNegativeAmount;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.PlanId;
import vn.campaign.model.constraints.TaskHasText;
import vn.campaign.testing.Fixtures;
import vn.campaign.testing.PlainValidation;
import vn.campaign.testing.SamplePlans;

/**
 * The model's constraints mean the same to every Bean Validation user: a plain Hibernate Validator,
 * set up as Spring's {@code @Valid} or Quarkus set it up and knowing nothing of {@code PlanValidator},
 * finds no violation on a valid plan and the expected ones (property path and constraint) on an
 * invalid one; and the constraint findings of {@code PlanValidator} are exactly those violations.
 *
 * <p>Two plain validators: {@link Validation#buildDefaultValidatorFactory()} (its message
 * interpolator needs an Expression Language implementation, here a test dependency, as
 * {@code spring-boot-starter-validation} brings one), and one with
 * {@code ParameterMessageInterpolator}, for applications without Expression Language. Tagged so
 * that the build runs it apart, with an Expression Language on the class path, and everything else
 * without one.
 */
@Tag("with-expression-language")
class PlainBeanValidationTest {

    private static final ValidatorFactory DEFAULT = PlainValidation.defaultFactory();
    private static final ValidatorFactory WITHOUT_EL = PlainValidation.withoutExpressionLanguage();

    @AfterAll
    static void close() {
        DEFAULT.close();
        WITHOUT_EL.close();
    }

    static Stream<Arguments> validPlans() {
        return Stream.of(
                Arguments.of("DistrictPlan", DistrictPlan.valid().build()),
                Arguments.of("SamplePlans.commune", SamplePlans.commune()),
                Arguments.of("SamplePlans.communeNumbered", SamplePlans.communeNumbered()));
    }

    /** Every plan of the tests here, valid or not: the compliance fixtures have tasks without text. */
    static Stream<Arguments> allPlans() {
        return Stream.of(validPlans(),
                Stream.of(Arguments.of("Fixtures.parent", Fixtures.parent()),
                        Arguments.of("Fixtures.child", Fixtures.child().build())),
                invalidPlans().map(invalid -> Arguments.of(invalid.name(), invalid.plan())))
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPlans")
    void validPlan_hasNoViolation_underAPlainValidator(String name, Plan plan) {
        assertThat(violations(DEFAULT.getValidator(), plan)).isEmpty();
        assertThat(violations(WITHOUT_EL.getValidator(), plan)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPlans")
    void validPlan_hasNoConstraintFinding_inPlanValidator(String name, Plan plan) {
        assertThat(constraintFindings(plan)).isEmpty();
    }

    /** An invalid plan: a change to the valid district plan and the violations it must give. */
    record Invalid(String name, Consumer<DistrictPlan> change, List<String> expected) {

        Plan plan() {
            DistrictPlan plan = DistrictPlan.valid();
            change.accept(plan);
            return plan.build();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Invalid> invalidPlans() {
        return Stream.of(
                new Invalid("place of a no-break space and a space",
                        p -> p.place = Optional.of("\u00a0 "), List.of("place @NotBlankText")),
                new Invalid("a paragraph of a tab",
                        p -> p.section("I.2", s -> s.toBuilder().paragraphs("\t").build()),
                        List.of("sections[0].subsections[1].paragraphs[1].<list element> @NotBlankText")),
                new Invalid("a task id with a space and Vietnamese letters",
                        p -> p.task("district-inspection", t -> t.toBuilder().id("kiểm tra").build()),
                        List.of("sections[3].subsections[0].tasks[0].id @PlanId")),
                new Invalid("an empty task id",
                        p -> p.task("district-inspection", t -> t.toBuilder().id("").build()),
                        List.of("sections[3].subsections[0].tasks[0].id @NotBlankText",
                                "sections[3].subsections[0].tasks[0].id @PlanId")),
                new Invalid("a task with no kind",
                        p -> p.task("training", t -> Task.builder(t.id()).description("Tập huấn").build()),
                        List.of("sections[1].subsections[1].tasks[0].kinds @NotEmpty")),
                new Invalid("a task with kinds and a schedule only",
                        p -> p.task("communes-review", t -> Task.builder(t.id()).kinds(TaskKind.INTERIM_REVIEW)
                                .schedule(Schedule.year(2024)).build()),
                        List.of("sections[3].subsections[2].tasks[0] @TaskHasText")),
                new Invalid("a budget line of -15.000.000 đồng",
                        p -> p.budgetLines.set(0, BudgetLine.of("line-propaganda", FundingItem.PROPAGANDA, "state-budget",
                                Money.vnd(-15_000_000)).forTask("propaganda")),
                        List.of("funding.budgetLines[0].amount @NonNegativeAmount")),
                new Invalid("“TM.” with no collective",
                        p -> p.signature = Optional.of(new Signature(Optional.of(SigningAuthority.ON_BEHALF_OF),
                                Optional.empty(), "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung", Extensions.empty())),
                        List.of("signature @ConsistentSignature")),
                new Invalid("an optional text present but blank and a required text blank",
                        p -> {
                            p.actor("province-front-committee", a -> a.withSymbolCode(" "));
                            p.section("I.2", s -> new Section(s.id(), s.number(), "\u3000", s.kind(), s.actorId(),
                                    s.paragraphs(), s.tasks(), s.subsections(), s.extensions()));
                        },
                        List.of("actors[2].symbolCode @NotBlankText", "sections[0].subsections[1].heading @NotBlankText")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPlans")
    void invalidPlan_givesTheExpectedViolations_underAPlainValidator(Invalid invalid) {
        Plan plan = invalid.plan();
        assertThat(violations(DEFAULT.getValidator(), plan)).containsExactlyElementsOf(new TreeSet<>(invalid.expected()));
        assertThat(violations(WITHOUT_EL.getValidator(), plan)).containsExactlyElementsOf(new TreeSet<>(invalid.expected()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allPlans")
    void planValidator_reportsExactlyThePlainViolations(String name, Plan plan) {
        List<Finding> plain = DEFAULT.getValidator().validate(plan).stream().map(ConstraintFindings::toFinding)
                .collect(Collectors.toList());

        assertThat(constraintFindings(plan)).containsExactlyInAnyOrderElementsOf(plain);
    }

    @Test
    void compliancePlans_haveTheirTasksWithoutTextAsWarnings_underAPlainValidator() {
        assertThat(violations(WITHOUT_EL.getValidator(), Fixtures.parent())).containsExactly(
                "sections[0].tasks[0] @TaskHasText", "sections[0].tasks[1] @TaskHasText",
                "sections[0].tasks[2] @TaskHasText", "sections[0].tasks[3] @TaskHasText");
    }

    @Test
    void everyConstraintOfTheModel_isCoveredByAnInvalidPlan() {
        Set<String> covered = invalidPlans().flatMap(i -> i.expected().stream())
                .map(line -> line.substring(line.indexOf('@') + 1)).collect(Collectors.toSet());
        List<Class<? extends Annotation>> used = List.of(NotBlankText.class, PlanId.class, NotEmpty.class,
                TaskHasText.class, NonNegativeAmount.class, ConsistentSignature.class);

        assertThat(covered).containsExactlyInAnyOrderElementsOf(used.stream().map(Class::getSimpleName).toList());
    }

    /** The findings of {@code PlanValidator} whose codes come from constraints, not from plan rules. */
    private static List<Finding> constraintFindings(Plan plan) {
        return Scenario.VALIDATOR.validate(plan).findings().stream()
                .filter(f -> CONSTRAINT_CODES.contains(f.code())).toList();
    }
}
