package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void in_picksTheLabelOfTheLanguage() {
        Labels labels = new Labels("Tuyên truyền", "Propaganda");

        assertThat(labels.in(Language.VI)).isEqualTo("Tuyên truyền");
        assertThat(labels.in(Language.EN)).isEqualTo("Propaganda");
    }

    @Test
    void in_rejectsNullLanguage() {
        assertThatThrownBy(() -> new Labels("Lỗi", "Error").in(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }

    @Test
    void constructor_rejectsNullAndBlankLabels() {
        assertThatThrownBy(() -> new Labels(null, "Error")).isInstanceOf(NullPointerException.class)
                .hasMessage("vietnamese");
        assertThatThrownBy(() -> new Labels("Lỗi", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("english");
        assertThatThrownBy(() -> new Labels("Lỗi", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A label must not be blank");
    }

    @Test
    void labelled_labelReadsItsLabels() {
        Labelled labelled = TaskKind.PROPAGANDA;

        assertThat(labelled.label(Language.VI)).isEqualTo(labelled.labels().vietnamese());
        assertThat(labelled.label(Language.EN)).isEqualTo(labelled.labels().english());
        assertThat(labelled.label()).isEqualTo(labelled.labels().vietnamese());
    }

    @Test
    void labelled_labelRejectsNullLanguage() {
        assertThatThrownBy(() -> Role.LEAD.label(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }
}
