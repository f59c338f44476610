package vn.campaign.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import vn.campaign.model.AdministrativeLevel;

class DraftUnitTest {

    @Test
    void of_addsTheWordOfTheLevelWhenTheNameLacksOne() {
        assertThat(DraftUnit.of("Đăk Kôi", AdministrativeLevel.COMMUNE).name()).isEqualTo("xã Đăk Kôi");
        assertThat(DraftUnit.of("Kon Rẫy", AdministrativeLevel.DISTRICT).name()).isEqualTo("huyện Kon Rẫy");
        assertThat(DraftUnit.of("Quảng Ngãi", AdministrativeLevel.PROVINCE).name()).isEqualTo("tỉnh Quảng Ngãi");
    }

    @Test
    void of_keepsTheWordTheNameHas() {
        DraftUnit town = DraftUnit.of("thị trấn  Đăk Rve", AdministrativeLevel.COMMUNE);

        assertThat(town.name()).isEqualTo("thị trấn Đăk Rve");
        assertThat(town.kindWord()).isEqualTo("thị trấn");
        assertThat(DraftUnit.of("phường Bắc Cam Ranh", AdministrativeLevel.COMMUNE).kindWord()).isEqualTo("phường");
    }

    @Test
    void name_isNormalisedToNfc() {
        String decomposed = java.text.Normalizer.normalize("xã Đăk Kôi", java.text.Normalizer.Form.NFD);

        assertThat(DraftUnit.of(decomposed, AdministrativeLevel.COMMUNE).name()).isEqualTo("xã Đăk Kôi");
    }

    @Test
    void rejectsABlankNameTheCentreAndNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> DraftUnit.of("  ", AdministrativeLevel.COMMUNE))
                .withMessage("name is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> DraftUnit.of("Trung ương", AdministrativeLevel.CENTRAL))
                .withMessage("A draft is written for a level below the centre, not CENTRAL");
        assertThatNullPointerException().isThrownBy(() -> DraftUnit.of(null, AdministrativeLevel.COMMUNE))
                .withMessage("name");
    }
}
