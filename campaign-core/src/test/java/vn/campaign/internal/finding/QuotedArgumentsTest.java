package vn.campaign.internal.finding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedArgumentsTest {

    private static String quoted(String argument) {
        StringBuilder text = new StringBuilder();
        Catalogues.quote(argument, text);
        return text.toString();
    }

    @Test
    void format_showsControlCharactersAndKeepsAMessageOnOneLine() {
        String forged = "Mục\n…/plan.json: 0 lỗi, 0 cảnh báo\r\u0007\u2028x";

        assertThat(Catalogues.format("Số mục “{0}” trùng.", List.of(forged)))
                .isEqualTo("Số mục “Mục␊…/plan.json: 0 lỗi, 0 cảnh báo␍␇␤x” trùng.");
    }

    @Test
    void quote_cutsALongArgumentBetweenCharacters() {
        assertThat(quoted("a".repeat(500))).isEqualTo("a".repeat(Catalogues.MAX_QUOTED) + "…");
        // 119 letters then an emoji (a surrogate pair) across the limit: the pair stays whole.
        assertThat(quoted("a".repeat(119) + "😀" + "b".repeat(10))).isEqualTo("a".repeat(119) + "😀…");
        // a combining tone mark right at the limit goes with its letter.
        String decomposed = "a".repeat(119) + "e\u0301" + "tail";
        assertThat(quoted(decomposed)).isEqualTo("a".repeat(119) + "…");
        assertThat(quoted("ngắn")).isEqualTo("ngắn");
    }

    @Test
    void message_ofACodeInNoBundle_quotesItsArgumentsToo() {
        assertThat(Catalogues.message("MY_OWN_CODE_NOT_IN_ANY_BUNDLE", List.of("a\nb", "c"),
                vn.campaign.model.Language.EN)).isEqualTo("MY_OWN_CODE_NOT_IN_ANY_BUNDLE [a␊b, c]");
    }
}
