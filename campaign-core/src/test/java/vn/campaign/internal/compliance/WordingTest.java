package vn.campaign.internal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void of_dropsFillerWordsNumbersAndPunctuation() {
        Wording wording = Wording.of("Tổ chức tuyên truyền 05 nội dung Cuộc vận động, năm 2024.");

        assertThat(wording.words()).containsExactlyInAnyOrder("tuyên", "truyên");
        assertThat(wording.folded()).containsExactlyInAnyOrder("tuyen", "truyen");
        assertThat(wording.hasDiacritics()).isTrue();
    }

    @Test
    void similarity_ignoresCaseNfdAndTonePlacement() {
        Wording nfc = Wording.of("Ngày hội văn hóa");
        Wording nfd = Wording.of(Normalizer.normalize("NGÀY HỘI VĂN HOÁ", Normalizer.Form.NFD));

        assertThat(nfc.similarity(nfd)).isEqualTo(1.0);
    }

    @Test
    void similarity_comparesFoldedWhenOneTextHasNoDiacritics() {
        Wording written = Wording.of("Ngày hội Đại đoàn kết toàn dân tộc");
        Wording typed = Wording.of("ngay hoi dai doan ket toan dan toc");

        assertThat(typed.hasDiacritics()).isFalse();
        assertThat(written.similarity(typed)).isEqualTo(1.0);
    }

    @Test
    void similarity_keepsDiacriticsWhenBothTextsHaveThem() {
        // "hát" and "hắt" differ by a breve, not a tone: different words unless folded.
        Wording singing = Wording.of("tổ chức hát múa");
        Wording other = Wording.of("tổ chức hắt múa");

        assertThat(singing.similarity(other)).isEqualTo(0.5);
        assertThat(Wording.of("to chuc hat mua").similarity(other)).isEqualTo(1.0);
    }

    @Test
    void similarity_isZeroForTextsOfOnlyFillerWords() {
        assertThat(Wording.of("Tổ chức thực hiện Cuộc vận động").similarity(Wording.of("Tổ chức thực hiện")))
                .isZero();
    }

    @Test
    void similarity_isTheMeanOfDiceAndOverlap() {
        Wording a = Wording.of("tập huấn cán bộ");
        Wording b = Wording.of("tập huấn kỹ năng");

        // a: tập, huấn, cán, bộ; b: tập, huấn, kỹ, năng; two shared of eight, two of four.
        assertThat(a.similarity(b)).isEqualTo(0.5);
        // a heading of two words inside a text of seven: Dice 2*2/9, overlap 2/2.
        assertThat(Wording.of("tập huấn").similarity(Wording.of("cử cán bộ tập huấn kỹ năng")))
                .isEqualTo((4.0 / 9 + 1) / 2);
    }
}
