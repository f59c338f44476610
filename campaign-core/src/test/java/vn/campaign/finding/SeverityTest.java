package vn.campaign.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.campaign.model.Language;

class SeverityTest {

    @Test
    void severities_areOrderedMostSeriousFirst() {
        assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
    }

    @Test
    void labels_areVietnameseByDefaultAndEnglishOnRequest() {
        assertThat(Severity.ERROR.label()).isEqualTo("Lỗi");
        assertThat(Severity.WARNING.label(Language.VI)).isEqualTo("Cảnh báo");
        assertThat(Severity.INFO.label(Language.VI)).isEqualTo("Thông tin");
        assertThat(Severity.ERROR.label(Language.EN)).isEqualTo("Error");
        assertThat(Severity.WARNING.label(Language.EN)).isEqualTo("Warning");
        assertThat(Severity.INFO.label(Language.EN)).isEqualTo("Information");
        assertThatThrownBy(() -> Severity.INFO.label(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("language");
    }

    @Test
    void code_isTheConstantName() {
        assertThat(Severity.WARNING.code()).isEqualTo("WARNING");
    }
}
