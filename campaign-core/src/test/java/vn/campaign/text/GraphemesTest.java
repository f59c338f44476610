package vn.campaign.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Text is cut between grapheme clusters: never inside a surrogate pair or a combining sequence. */
class GraphemesTest {

    /** "Ngày hội" in NFD: each accented letter is a base letter and one or two combining marks. */
    private static final String NFD = Normalizer.normalize("Ngày hội Đại đoàn kết", Normalizer.Form.NFD);

    @Test
    void cut_neverSplitsASurrogatePair() {
        String text = "ab😀cd";

        assertThat(Graphemes.cut(text, 3)).isEqualTo("ab");
        assertThat(Graphemes.cut(text, 4)).isEqualTo("ab😀");
        assertThat(Graphemes.boundary(text, 3)).isEqualTo(2);
    }

    @Test
    void cut_neverSeparatesAVietnameseLetterFromItsCombiningMarks() {
        // "Ngày" in NFD is N g a U+0300 y: cutting at 3 would leave "Nga" and a lone grave accent.
        assertThat(Graphemes.cut(NFD, 3)).isEqualTo("Ng");
        assertThat(Graphemes.cut(NFD, 4)).isEqualTo("Nga\u0300");
        for (int i = 0; i <= NFD.length(); i++) {
            String cut = Graphemes.cut(NFD, i);
            assertThat(cut.length()).isLessThanOrEqualTo(i);
            if (cut.length() < NFD.length()) {
                assertThat(Character.getType(NFD.charAt(cut.length()))).as("at %d", i)
                        .isNotEqualTo((int) Character.NON_SPACING_MARK);
            }
        }
    }

    @Test
    void cut_neverSplitsTheSurrogatesOfAnEmojiWithAModifierAndKeepsAShortText() {
        String thumbs = "ok👍🏽";

        // JDK 17's clusters end before a skin-tone modifier (later JDKs keep it): either way, whole pairs.
        assertThat(Graphemes.cut(thumbs, 5)).isIn("ok", "ok👍");
        assertThat(Graphemes.cut(thumbs, 3)).isEqualTo("ok");
        assertThat(Graphemes.cut(thumbs, 6)).isEqualTo(thumbs);
        assertThat(Graphemes.cut("Ngày", 10)).isEqualTo("Ngày");
        assertThat(Graphemes.cut("😀", 1)).isEmpty();
        assertThat(Graphemes.cut("abc", 0)).isEmpty();
    }

    @Test
    void last_startsBetweenClusters() {
        assertThat(Graphemes.last("ab😀cd", 3)).isEqualTo("cd");
        assertThat(Graphemes.last("ab😀cd", 4)).isEqualTo("😀cd");
        assertThat(Graphemes.last("e\u0302\u0301x", 2)).isEqualTo("x");
        assertThat(Graphemes.last("abc", 5)).isEqualTo("abc");
    }

    @Test
    void shorten_marksACutText() {
        assertThat(Graphemes.shorten("Ngày hội 😀😀", 10, "…")).isEqualTo("Ngày hội …");
        assertThat(Graphemes.shorten("Ngày hội 😀😀", 11, "…")).isEqualTo("Ngày hội …");
        assertThat(Graphemes.shorten("Ngày hội 😀😀", 12, "…")).isEqualTo("Ngày hội 😀…");
        assertThat(Graphemes.shorten("Ngày", 10, "…")).isEqualTo("Ngày");
    }

    @Test
    void cut_costDoesNotGrowWithTheText() {
        String huge = "a".repeat(5_000_000) + "😀";

        assertThat(Graphemes.cut(huge, 10)).isEqualTo("aaaaaaaaaa");
        assertThat(Graphemes.boundary(huge, 5_000_001)).isEqualTo(5_000_000);
    }

    @Test
    void rejectsNegativeLengths() {
        assertThatIllegalArgumentException().isThrownBy(() -> Graphemes.cut("a", -1))
                .withMessage("maxLength must not be negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Graphemes.shorten("abc", 0, "…"))
                .withMessage("maxLength must be at least the mark's length: 0");
    }
}
