package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final Campaign NEW_RURAL = Campaign.NEW_RURAL_AREAS_CIVILISED_URBAN_AREAS;

    @Test
    void isSameAs_ignoresCaseSpacingPunctuationAndQuotes() {
        assertThat(Campaign.of("“TOÀN DÂN ĐOÀN KẾT  xây dựng nông thôn mới - đô thị văn minh”").isSameAs(NEW_RURAL))
                .isTrue();
        assertThat(Campaign.of(Normalizer.normalize(NEW_RURAL.name(), Normalizer.Form.NFD)).isSameAs(NEW_RURAL))
                .isTrue();
    }

    @Test
    void isSameAs_countsDiacriticsAndWords() {
        assertThat(Campaign.of("Toan dan doan ket xay dung nong thon moi, do thi van minh").isSameAs(NEW_RURAL))
                .isFalse();
        assertThat(Campaign.of("Toàn dân đoàn kết xây dựng nông thôn mới").isSameAs(NEW_RURAL)).isFalse();
    }

    @Test
    void isSameAs_rejectsNull() {
        assertThatThrownBy(() -> NEW_RURAL.isSameAs(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }
}
