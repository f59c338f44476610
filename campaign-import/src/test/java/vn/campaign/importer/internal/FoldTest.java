package vn.campaign.importer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The look-back window of the importer's checks starts between characters (issue 14, text cut inside a character). */
class FoldTest {

    @Test
    void foldedBefore_neverStartsInsideASurrogatePair() {
        // Every window of 20 ending at each quotation mark; a 20-character look-back from a fixed
        // offset starts on the second half of an emoji at every other position.
        String text = "\uD83D\uDE00".repeat(30) + " Cuộc vận động “Toàn dân”";
        for (int end = 0; end <= text.length(); end++) {
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                continue;
            }
            String window = Fold.foldedBefore(text, 0, end, 20);

            assertThat(window.isEmpty() || !Character.isLowSurrogate(window.charAt(0)))
                    .as("window ending at %d: %s", end, window).isTrue();
            assertThat(window.length()).isLessThanOrEqualTo(20);
        }
    }

    @Test
    void foldedBefore_keepsTheLastCharactersFolded_fromNoEarlierThanFrom() {
        String text = "lồng ghép với Cuộc vận động “Toàn dân”";
        int quote = text.indexOf('“');

        assertThat(Fold.foldedBefore(text, 0, quote, 20)).isEqualTo("p voi cuoc van dong ");
        assertThat(Fold.foldedBefore(text, 14, quote, 20)).isEqualTo("cuoc van dong ");
    }

    @Test
    void campaign_isFoundAfterEmojisBeforeTheQuotation() {
        assertThat(Abstracts.campaign("\uD83D\uDE00".repeat(9) + "\uD83D\uDE00 Cuộc vận động “Toàn dân đoàn kết”"))
                .map(c -> c.name()).contains("Toàn dân đoàn kết");
    }
}
