package vn.campaign.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.campaign.finding.PlanPointer;
import vn.campaign.model.Language;

class DraftNoteCodeTest {

    @Test
    void format_fillsTheArgumentsAsPlainText() {
        String message = DraftNoteCode.SCHEDULE_MOVED.format(Language.VI, List.of("Tập huấn {0}", "Trong năm 2024",
                "Trong năm 2025"));

        assertThat(message).isEqualTo("Thời gian nhiệm vụ “Tập huấn {0}”: “Trong năm 2024” thành “Trong năm 2025”.");
    }

    @Test
    void format_inEnglish() {
        assertThat(DraftNoteCode.YEAR_REPLACED.format(Language.EN, List.of("năm 2024", "năm 2025")))
                .isEqualTo("“năm 2024” becomes “năm 2025”.");
    }

    @Test
    void everyCode_hasItsKind_andAMessageInBothLanguages() {
        for (DraftNoteCode code : DraftNoteCode.values()) {
            assertThat(code.format(Language.VI, List.of("a", "b", "c"))).isNotBlank().doesNotContain("{");
            assertThat(code.format(Language.EN, List.of("a", "b", "c"))).isNotBlank().doesNotContain("{");
        }
        assertThat(DraftNoteCode.NUMBER_DATE_BLANK.kind()).isEqualTo(DraftNoteCode.Kind.CHOICE);
        assertThat(DraftNoteCode.TASK_FROM_PARENT.kind()).isEqualTo(DraftNoteCode.Kind.CHANGE);
    }

    @Test
    void draftText_listsChangesThenChoices() {
        Draft draft = new Draft(vn.campaign.testing.Fixtures.parent(), List.of(
                new DraftNote(DraftNoteCode.NUMBER_DATE_BLANK, PlanPointer.parse("/number"), List.of()),
                new DraftNote(DraftNoteCode.PERIOD_SET, PlanPointer.parse("/period"), List.of("2024", "2025"))));

        assertThat(draft.text(Language.EN)).isEqualTo("Changes made (1):\n"
                + "  PERIOD_SET /period: Plan period: 2024 becomes 2025.\n"
                + "Left to the official (1):\n"
                + "  NUMBER_DATE_BLANK /number: Number, place and date left blank: the registry fills them in when the "
                + "plan is issued.\n");
    }
}
