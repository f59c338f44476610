package vn.campaign.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanPointerTest {

    @Test
    void of_buildsThePointerOfItsSegments() {
        PlanPointer pointer = PlanPointer.of("sections", "3", "subsections", "2", "number");

        assertThat(pointer).hasToString("/sections/3/subsections/2/number");
        assertThat(pointer.segments()).containsExactly("sections", "3", "subsections", "2", "number");
        assertThat(pointer.depth()).isEqualTo(5);
        assertThat(pointer.segment(2)).isEqualTo("subsections");
    }

    @Test
    void root_isTheEmptyPointer() {
        assertThat(PlanPointer.root()).hasToString("").isEqualTo(PlanPointer.of()).isEqualTo(PlanPointer.parse(""));
        assertThat(PlanPointer.root().isRoot()).isTrue();
        assertThat(PlanPointer.root().segments()).isEmpty();
        assertThat(PlanPointer.root().parent()).isEmpty();
        assertThat(PlanPointer.of("date").isRoot()).isFalse();
    }

    @Test
    void of_escapesTildeAndSlash_andParseUnescapesThem() {
        PlanPointer pointer = PlanPointer.of("extensions", "x-a/b", "m~n");

        assertThat(pointer).hasToString("/extensions/x-a~1b/m~0n");
        assertThat(PlanPointer.parse("/extensions/x-a~1b/m~0n").segments()).containsExactly("extensions", "x-a/b", "m~n");
        assertThat(PlanPointer.parse("/a~01").segments()).containsExactly("a~1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "//", "/date", "/sections/0/tasks/12/schedule", "/a~0b/c~1d", "/-", "/sections/01"})
    void parse_readsBackWhatToStringWrites(String text) {
        PlanPointer pointer = PlanPointer.parse(text);

        assertThat(pointer).hasToString(text);
        assertThat(PlanPointer.parse(pointer.toString())).isEqualTo(pointer);
        assertThat(PlanPointer.of(pointer.segments().toArray(String[]::new))).isEqualTo(pointer).hasToString(text);
    }

    @Test
    void parse_keepsEmptySegments() {
        assertThat(PlanPointer.parse("/").segments()).containsExactly("");
        assertThat(PlanPointer.parse("/a//b/").segments()).containsExactly("a", "", "b", "");
    }

    @Test
    void parse_rejectsTextWithoutLeadingSlash() {
        assertThatThrownBy(() -> PlanPointer.parse("sections/0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a JSON Pointer: \"sections/0\" (it must be \"\" or start with '/')");
    }

    @Test
    void parse_rejectsATildeNotFollowedByZeroOrOne() {
        assertThatThrownBy(() -> PlanPointer.parse("/a~2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a JSON Pointer: \"/a~2\" ('~' at index 2 is not followed by 0 or 1)");
        assertThatThrownBy(() -> PlanPointer.parse("/ab/~")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a JSON Pointer: \"/ab/~\" ('~' at index 4 is not followed by 0 or 1)");
    }

    @Test
    void factories_rejectNulls() {
        assertThatThrownBy(() -> PlanPointer.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> PlanPointer.of((String[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("segments");
        assertThatThrownBy(() -> PlanPointer.of("a", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("segment");
        assertThatThrownBy(() -> PlanPointer.root().child(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("member");
    }

    @Test
    void child_goesOneSegmentDeeper_andParentBack() {
        PlanPointer task = PlanPointer.root().child("sections").child(3).child("tasks").child(0);

        assertThat(task).hasToString("/sections/3/tasks/0");
        assertThat(task.child("schedule")).hasToString("/sections/3/tasks/0/schedule");
        assertThat(task.parent()).contains(PlanPointer.parse("/sections/3/tasks"));
        assertThat(PlanPointer.of("date").parent()).contains(PlanPointer.root());
        assertThat(PlanPointer.root().child("a/b")).hasToString("/a~1b");
    }

    @Test
    void child_rejectsANegativeIndex() {
        assertThatThrownBy(() -> PlanPointer.root().child(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index is negative: -1");
    }

    @Test
    void segment_rejectsAnIndexOutOfRange() {
        assertThatThrownBy(() -> PlanPointer.of("a").segment(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void startsWith_comparesWholeSegments() {
        PlanPointer number = PlanPointer.parse("/sections/3/number");

        assertThat(number.startsWith(PlanPointer.parse("/sections/3"))).isTrue();
        assertThat(number.startsWith(PlanPointer.parse("/sections"))).isTrue();
        assertThat(number.startsWith(PlanPointer.root())).isTrue();
        assertThat(number.startsWith(number)).isTrue();
        assertThat(number.startsWith(PlanPointer.parse("/sections/30"))).isFalse();
        assertThat(PlanPointer.parse("/sections").startsWith(number)).isFalse();
    }

    @Test
    void compareTo_ordersIndexesAsNumbersAndAPointerBeforeWhatIsBelowIt() {
        List<PlanPointer> pointers = new ArrayList<>();
        for (String text : List.of("/sections/10", "/sections/2/tasks", "/sections/2", "/recipients", "",
                "/sections/01", "/sections/9", "/sections/-", "/date")) {
            pointers.add(PlanPointer.parse(text));
        }

        pointers.sort(null);

        assertThat(pointers).extracting(PlanPointer::toString).containsExactly("", "/date", "/recipients",
                "/sections/-", "/sections/01", "/sections/2", "/sections/2/tasks", "/sections/9", "/sections/10");
    }

    @Test
    void compareTo_isConsistentWithEquals() {
        PlanPointer a = PlanPointer.parse("/sections/2/number");
        PlanPointer b = PlanPointer.of("sections", "2", "number");

        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(PlanPointer.parse("/sections/2")).isNotEqualTo("/sections/2/number");
        assertThat(PlanPointer.parse("/sections/2").compareTo(a)).isNegative();
    }
}
