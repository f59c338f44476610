package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.campaign.validation.Scenario.VALIDATOR;
import static vn.campaign.validation.Scenario.finding;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.internal.validation.ConstraintFindings;
import vn.campaign.internal.validation.ValidatorSetup;
import vn.campaign.model.Actor;
import vn.campaign.model.Language;
import vn.campaign.model.Section;
import vn.campaign.model.constraints.Info;
import vn.campaign.model.constraints.Warning;

/**
 * The constraints on the model as findings: a failing and a passing case per code, and how a
 * violation becomes a code, a severity and a pointer.
 */
class ModelConstraintsTest {

    static Stream<Scenario> constraintScenarios() {
        return FindingScenarios.constraintScenarios().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraintScenarios")
    void failingCase_givesExactlyTheFindingsOfItsCode(Scenario scenario) {
        scenario.assertFailing();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("constraintScenarios")
    void passingCase_givesNoFindingOfItsCode(Scenario scenario) {
        scenario.assertPassing();
    }

    @Test
    void blankListElement_pointsAtTheElement() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.section("I.2", s -> s.toBuilder().paragraphs("\t").build());

        assertThat(VALIDATOR.validate(plan.build()).findings()).containsExactly(
                finding(ValidationCode.BLANK_TEXT, Severity.ERROR, "/sections/0/subsections/1/paragraphs/1"));
    }

    @Test
    void blankOptionalText_pointsAtTheMemberItself() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actor("province-front-committee", a -> a.withSymbolCode(" "));
        plan.section("IV.1", s -> new Section(s.id(), s.number(), s.heading(), s.kind(), Optional.of("x"),
                s.paragraphs(), s.tasks(), s.subsections(), s.extensions()));

        assertThat(VALIDATOR.validate(plan.build()).findings()).containsExactly(
                finding(ValidationCode.BLANK_TEXT, Severity.ERROR, "/actors/2/symbolCode"),
                finding(ValidationCode.UNKNOWN_ACTOR, Severity.ERROR, "/sections/3/subsections/0/actorId", "x"));
    }

    @Test
    void emptyOptionalText_isAbsentNotBlank() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.actor("province-front-committee", a -> new Actor(a.id(), a.kind(), a.level(), a.name(), Optional.empty(),
                a.parentId(), Optional.empty(), a.plural(), a.extensions()));

        assertThat(VALIDATOR.validate(plan.build()).findings()).isEmpty();
    }

    @Test
    void vietnameseText_isNotBlank() {
        DistrictPlan plan = DistrictPlan.valid();
        plan.place = Optional.of("Đăk Rve");

        assertThat(VALIDATOR.validate(plan.build()).findings()).isEmpty();
    }

    /** A bean of an application, with a constraint that names its own code and severity. */
    record Note(@NotBlank(message = "{NOTE_BLANK}", payload = Info.class) String text,
            @NotBlank(payload = {Info.class, Warning.class}) String title) {
    }

    private static final Validator VALIDATOR_OF_BEANS = ValidatorSetup.buildFactory().getValidator();

    private static List<Finding> findingsOf(Object bean) {
        Set<ConstraintViolation<Object>> violations = VALIDATOR_OF_BEANS.validate(bean);
        return ValidationReport.of(violations.stream().map(ConstraintFindings::toFinding)
                .collect(Collectors.toList())).findings();
    }

    @Test
    void codeInBracesAsMessageTemplate_isTheCodeAndPayloadTheSeverity() {
        List<Finding> findings = findingsOf(new Note("", "Tiêu đề"));

        assertThat(findings).containsExactly(Finding.of("NOTE_BLANK", Severity.INFO, PlanPointer.parse("/text"), List.of()));
        assertThat(findings.get(0).message(Language.EN)).isEqualTo("NOTE_BLANK");
        assertThat(findings.get(0).hint(Language.VI)).isEmpty();
    }

    @Test
    void warningAndInfoPayloads_giveTheMoreSevere() {
        assertThat(findingsOf(new Note("Ghi chú", " "))).containsExactly(
                Finding.of("BLANK_TEXT", Severity.WARNING, PlanPointer.parse("/title"), List.of()));
    }
}
