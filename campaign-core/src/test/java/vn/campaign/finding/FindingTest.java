package vn.campaign.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Language;
import vn.campaign.validation.ValidationCode;

class FindingTest {

    private static final PlanPointer ISSUER = PlanPointer.parse("/issuerId");

    @Test
    void of_usesTheDefaultSeverityOfTheCode_andHasNoContext() {
        Finding finding = Finding.of(ValidationCode.UNKNOWN_ACTOR, ISSUER, "x");

        assertThat(finding).isEqualTo(Finding.of("UNKNOWN_ACTOR", Severity.ERROR, ISSUER, List.of("x")));
        assertThat(finding.findingCode()).contains(ValidationCode.UNKNOWN_ACTOR);
        assertThat(finding.file()).isEmpty();
        assertThat(finding.parentFile()).isEmpty();
        assertThat(finding.parentPointer()).isEmpty();
        assertThat(finding.line()).isEmpty();
        assertThat(finding.column()).isEmpty();
        assertThat(finding.source()).isEmpty();
    }

    @Test
    void message_isVietnameseByDefaultWithTheArgumentsFilledIn() {
        Finding finding = Finding.of(ValidationCode.UNKNOWN_ACTOR, ISSUER, "huyen-uy");

        assertThat(finding.message()).isEqualTo("Không có chủ thể nào mang mã “huyen-uy” trong kế hoạch.");
        assertThat(finding.message(Language.VI)).isEqualTo(finding.message());
        assertThat(finding.message(Language.EN)).isEqualTo("No actor of the plan has the id “huyen-uy”.");
    }

    @Test
    void message_ofAComplianceCode_comesFromTheComplianceCatalogue() {
        Finding finding = Finding.of(vn.campaign.compliance.ComplianceCode.PARENT_NOT_FOUND,
                PlanPointer.parse("/references/0"), "457/KH-MTTQ-BTT");

        assertThat(finding.message(Language.EN)).contains("457/KH-MTTQ-BTT").doesNotContain("{0}")
                .isNotEqualTo(finding.message(Language.VI));
        assertThat(finding.hint()).isNotBlank();
    }

    @Test
    void hint_isLookedUpUnderCodeDotHint() {
        Finding finding = Finding.of(ValidationCode.FILE_COPY_MISSING, PlanPointer.parse("/recipients"));

        assertThat(finding.hint()).isEqualTo("Thêm dòng “Lưu: VT” vào cuối nơi nhận.");
        assertThat(finding.hint(Language.EN)).isEqualTo("Add the line “Lưu: VT” at the end of the recipients.");
    }

    @Test
    void message_neverEvaluatesAnArgument() {
        Finding finding = Finding.of(ValidationCode.DUPLICATE_ID, PlanPointer.parse("/actors/1/id"), "{1}",
                "${1+1} #{x} {0}");

        assertThat(finding.message(Language.EN)).isEqualTo("The id “{1}” is already used at ${1+1} #{x} {0}.");
    }

    @Test
    void message_leavesAPlaceholderWithoutArgumentAsWritten() {
        Finding finding = Finding.of("UNKNOWN_ACTOR", Severity.ERROR, PlanPointer.root(), List.of());

        assertThat(finding.message(Language.EN)).isEqualTo("No actor of the plan has the id “{0}”.");
    }

    @Test
    void message_ofACodeInNoCatalogue_isTheCodeAndItsArguments() {
        Finding own = Finding.of("BUDGET_OVER_LIMIT", Severity.WARNING, PlanPointer.parse("/funding"),
                List.of("50.000.000 đồng"));

        assertThat(own.message()).isEqualTo("BUDGET_OVER_LIMIT [50.000.000 đồng]");
        assertThat(own.hint(Language.EN)).isEmpty();
        assertThat(own.findingCode()).isEmpty();
        assertThat(Finding.of("MY_CODE", Severity.INFO, PlanPointer.root(), List.of()).message()).isEqualTo("MY_CODE");
    }

    @Test
    void arguments_areCopied() {
        List<String> arguments = new ArrayList<>(List.of("a"));
        Finding finding = Finding.of("X", Severity.INFO, PlanPointer.root(), arguments);
        arguments.add("b");

        assertThat(finding.arguments()).containsExactly("a");
        assertThatThrownBy(() -> finding.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withers_addTheContextAndKeepTheRest() {
        Finding finding = Finding.of(ValidationCode.PLAN_DATE_MISSING, PlanPointer.parse("/date"));

        Finding placed = finding.inFile("kon-ray-2024.json").fromParent("kh-457.json", PlanPointer.parse("/date"))
                .withSeverity(Severity.ERROR);

        assertThat(placed.code()).isEqualTo("PLAN_DATE_MISSING");
        assertThat(placed.pointer()).isEqualTo(PlanPointer.parse("/date"));
        assertThat(placed.severity()).isEqualTo(Severity.ERROR);
        assertThat(placed.file()).contains("kon-ray-2024.json");
        assertThat(placed.parentFile()).contains("kh-457.json");
        assertThat(placed.parentPointer()).contains(PlanPointer.parse("/date"));
        assertThat(finding.atLine(12, "- Tuyên truyền").line()).hasValue(12);
        assertThat(finding.atLine(12, "- Tuyên truyền").source()).contains("- Tuyên truyền");
        assertThat(finding.atPosition(3, 18).column()).hasValue(18);
        assertThat(finding.atPosition(3, 18).line()).hasValue(3);
    }

    @Test
    void toString_isOneLineWithTheContext() {
        Finding finding = Finding.of(ValidationCode.PLAN_DATE_MISSING, PlanPointer.parse("/date"));

        assertThat(finding).hasToString("WARNING PLAN_DATE_MISSING /date []");
        assertThat(Finding.of("X", Severity.INFO, PlanPointer.root(), List.of("a"))).hasToString("INFO X \"\" [a]");
        assertThat(Finding.of("PARENT_TASK_NOT_COVERED", Severity.ERROR, PlanPointer.parse("/sections"),
                List.of("a", "b")).inFile("kon-ray-2024.json")
                .fromParent("kh-457.json", PlanPointer.parse("/sections/1/tasks/0"))).hasToString(
                        "ERROR PARENT_TASK_NOT_COVERED kon-ray-2024.json#/sections <- kh-457.json#/sections/1/tasks/0 "
                                + "[a, b]");
        assertThat(finding.atPosition(3, 18)).hasToString("WARNING PLAN_DATE_MISSING /date (line 3, column 18) []");
        assertThat(finding.atLine(7, "x")).hasToString("WARNING PLAN_DATE_MISSING /date (line 7) []");
    }

    @Test
    void constructor_namesTheNullParameter() {
        PlanPointer root = PlanPointer.root();
        assertThatThrownBy(() -> Finding.of(null, Severity.INFO, root, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> Finding.of("X", null, root, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
        assertThatThrownBy(() -> Finding.of("X", Severity.INFO, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("pointer");
        assertThatThrownBy(() -> Finding.of("X", Severity.INFO, root, null))
                .isInstanceOf(NullPointerException.class).hasMessage("arguments");
        assertThatThrownBy(() -> Finding.of("X", Severity.INFO, root, Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, root, List.of(), null, Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("file");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, root, List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), null))
                .isInstanceOf(NullPointerException.class).hasMessage("source");
        assertThatThrownBy(() -> Finding.of(ValidationCode.BLANK_TEXT, PlanPointer.parse("/x")).message(null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void constructor_rejectsABlankCode() {
        assertThatThrownBy(() -> Finding.of(" ", Severity.INFO, PlanPointer.root(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A finding code must not be blank");
    }

    @Test
    void constructor_rejectsALineOrColumnOutOfRange() {
        Finding finding = Finding.of("X", Severity.INFO, PlanPointer.root(), List.of());

        assertThatThrownBy(() -> finding.atLine(0, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line must be at least 1: 0");
        assertThatThrownBy(() -> finding.atPosition(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column must be at least 1 and come with a line: 0");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, PlanPointer.root(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), OptionalInt.of(3), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("column must be at least 1 and come with a line: 3");
    }

    @Test
    void pointer_mayBeTheWholePlanOrUseEscapes() {
        assertThat(Finding.of("X", Severity.INFO, PlanPointer.root(), List.of()).pointer().isRoot()).isTrue();
        assertThat(Finding.of("X", Severity.INFO, PlanPointer.parse("/extensions/a~1b~0c"), List.of()).pointer())
                .hasToString("/extensions/a~1b~0c");
    }
}
