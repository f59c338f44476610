package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void sameName_treatsBothTonePlacementsAsOneName() {
        assertThat(VietnameseText.sameName("Uỷ ban", "Ủy ban")).isTrue();
        assertThat(VietnameseText.sameName("hoà bình", "hòa bình")).isTrue();
        assertThat(VietnameseText.sameName("khoẻ", "khỏe")).isTrue();
    }

    @Test
    void sameName_ignoresNormalisationCaseAndSpaces() {
        String nfd = Normalizer.normalize("Ban Thường trực Ủy ban", Normalizer.Form.NFD);

        assertThat(nfd).isNotEqualTo("Ban Thường trực Ủy ban");
        assertThat(VietnameseText.sameName(nfd, "Ban Thường trực Ủy ban")).isTrue();
        assertThat(VietnameseText.sameName("  BAN  thường\u00a0TRỰC ", "Ban Thường trực")).isTrue();
    }

    @Test
    void sameName_keepsOtherDiacriticsAndTones() {
        assertThat(VietnameseText.sameName("Ban", "Bần")).isFalse();
        assertThat(VietnameseText.sameName("Đông", "Dông")).isFalse();
        assertThat(VietnameseText.sameName("Uỷ ban", "Uy ban")).isFalse();
        assertThat(VietnameseText.sameName("hoà", "hoá")).isFalse();
    }

    @Test
    void nameKey_isNfcLowerCaseWithTheToneAtTheEndOfEachWord() {
        String key = VietnameseText.nameKey("Ủy Ban");

        assertThat(key).isEqualTo(VietnameseText.nameKey("uỷ  ban")).isEqualTo("uỷ ban");
        assertThat(Normalizer.isNormalized(key, Normalizer.Form.NFC)).isTrue();
        assertThat(VietnameseText.nameKey("   ")).isEmpty();
    }

    @Test
    void nameKey_rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.nameKey(null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> VietnameseText.sameName("a", null));
    }
}
