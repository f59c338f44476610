package vn.campaign.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The labels a draft quotes from its parent (issue 14, text cut inside a character). */
class ParentDraftTest {

    @Test
    void label_keepsAShortTextWhole() {
        assertThat(ParentDraft.label("Tổ chức Ngày hội ở các thôn.")).isEqualTo("Tổ chức Ngày hội ở các thôn.");
    }

    @Test
    void label_cutsBetweenWords() {
        String text = "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả các khu dân cư trên địa bàn xã";

        assertThat(ParentDraft.label(text)).isEqualTo("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở tất cả các khu…");
    }

    @Test
    void label_withoutSpaces_cutsBetweenCharacters() {
        // 58 letters, an emoji across characters 59 and 60: a cut at 59 split it.
        String text = "x".repeat(58) + "\uD83D\uDE00" + "yy";

        assertThat(ParentDraft.label(text)).isEqualTo("x".repeat(58) + "…");
    }
}
