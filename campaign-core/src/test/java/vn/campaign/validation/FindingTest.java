package vn.campaign.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.model.Language;

class FindingTest {

    @Test
    void of_usesTheDefaultSeverityOfTheCode() {
        Finding finding = Finding.of(FindingCode.UNKNOWN_ACTOR, "/issuerId", "x");

        assertThat(finding).isEqualTo(new Finding("UNKNOWN_ACTOR", Severity.ERROR, "/issuerId", List.of("x")));
        assertThat(finding.builtInCode()).contains(FindingCode.UNKNOWN_ACTOR);
    }

    @Test
    void message_isVietnameseByDefaultWithTheArgumentsFilledIn() {
        Finding finding = Finding.of(FindingCode.UNKNOWN_ACTOR, "/issuerId", "huyen-uy");

        assertThat(finding.message()).isEqualTo("Không có chủ thể nào mang mã “huyen-uy” trong kế hoạch.");
        assertThat(finding.message(Language.VI)).isEqualTo(finding.message());
        assertThat(finding.message(Language.EN)).isEqualTo("No actor of the plan has the id “huyen-uy”.");
    }

    @Test
    void hint_isLookedUpUnderCodeDotHint() {
        Finding finding = Finding.of(FindingCode.FILE_COPY_MISSING, "/recipients");

        assertThat(finding.hint()).isEqualTo("Thêm dòng “Lưu: VT” vào cuối nơi nhận.");
        assertThat(finding.hint(Language.EN)).isEqualTo("Add the line “Lưu: VT” at the end of the recipients.");
    }

    @Test
    void message_neverEvaluatesAnArgument() {
        Finding finding = Finding.of(FindingCode.DUPLICATE_ID, "/actors/1/id", "{1}", "${1+1} #{x} {0}");

        assertThat(finding.message(Language.EN)).isEqualTo("The id “{1}” is already used at ${1+1} #{x} {0}.");
    }

    @Test
    void message_leavesAPlaceholderWithoutArgumentAsWritten() {
        Finding finding = new Finding("UNKNOWN_ACTOR", Severity.ERROR, "", List.of());

        assertThat(finding.message(Language.EN)).isEqualTo("No actor of the plan has the id “{0}”.");
    }

    @Test
    void message_ofACodeInNoBundle_isTheCodeAndItsArguments() {
        Finding own = new Finding("BUDGET_OVER_LIMIT", Severity.WARNING, "/funding", List.of("50.000.000 đồng"));

        assertThat(own.message()).isEqualTo("BUDGET_OVER_LIMIT [50.000.000 đồng]");
        assertThat(own.hint(Language.EN)).isEmpty();
        assertThat(own.builtInCode()).isEmpty();
        assertThat(new Finding("MY_CODE", Severity.INFO, "", List.of()).message()).isEqualTo("MY_CODE");
    }

    @Test
    void arguments_areCopied() {
        List<String> arguments = new ArrayList<>(List.of("a"));
        Finding finding = new Finding("X", Severity.INFO, "", arguments);
        arguments.add("b");

        assertThat(finding.arguments()).containsExactly("a");
        assertThatThrownBy(() -> finding.arguments().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_namesTheNullParameter() {
        assertThatThrownBy(() -> new Finding(null, Severity.INFO, "", List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> new Finding("X", null, "", List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("pointer");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, "", null))
                .isInstanceOf(NullPointerException.class).hasMessage("arguments");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, "", Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Finding.of(FindingCode.BLANK_TEXT, "/x").message(null))
                .isInstanceOf(NullPointerException.class).hasMessage("language");
    }

    @Test
    void constructor_rejectsABlankCodeAndAPointerThatIsNotOne() {
        assertThatThrownBy(() -> new Finding(" ", Severity.INFO, "", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A finding code must not be blank");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, "sections/0", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a JSON Pointer: \"sections/0\"");
        assertThatThrownBy(() -> new Finding("X", Severity.INFO, "/a~2", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Not a JSON Pointer: \"/a~2\"");
    }

    @Test
    void pointer_mayBeTheWholePlanOrUseEscapes() {
        assertThat(new Finding("X", Severity.INFO, "", List.of()).pointer()).isEmpty();
        assertThat(new Finding("X", Severity.INFO, "/extensions/a~1b~0c", List.of()).pointer())
                .isEqualTo("/extensions/a~1b~0c");
    }
}
