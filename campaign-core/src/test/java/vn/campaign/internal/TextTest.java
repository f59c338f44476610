package vn.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void isPlainlyNfc_holdsOnlyForTextsTheJdkFindsNormalised_everyPairOfCharacters() {
        List<Character> plain = new ArrayList<>();
        for (char c = 0; c < 0xFFFF; c++) {
            if (Text.isPlainlyNfc(String.valueOf(c))) {
                plain.add(c);
            }
        }
        assertThat(plain).hasSize(0x300 + (0x1EF9 - 0x1EA0 + 1) + 7);
        StringBuilder pair = new StringBuilder("xx");
        for (char first : plain) {
            for (char second : plain) {
                pair.setCharAt(0, first);
                pair.setCharAt(1, second);
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) first,
                        (int) second).isTrue();
            }
        }
    }

    @Test
    void nfc_agreesWithTheJdkOnVietnameseWithAndWithoutCombiningMarks() {
        String alphabet = "aăâeêioôơuưyđAĐ àáảãạằắẳẵặầấẩẫậềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ“”–…"
                + "\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031B\u2000\u212B\uFB01";
        SplittableRandom random = new SplittableRandom(1945);
        int changed = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(0, 12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = text.toString();
            String expected = Normalizer.normalize(value, Normalizer.Form.NFC);
            assertThat(Text.nfc(value)).as(value).isEqualTo(expected);
            changed += expected.equals(value) ? 0 : 1;
        }
        assertThat(changed).isBetween(1_000, 19_000);
    }

    @Test
    void nfc_returnsTheSameInstanceForNormalisedText() {
        String text = "Ngày hội Đại đoàn kết toàn dân tộc “ở khu dân cư” – năm 2026…";
        assertThat(Text.nfc(text)).isSameAs(text);
        assertThat(Text.isPlainlyNfc(text)).isTrue();
        assertThat(Text.isPlainlyNfc("Tân Cương\u0301")).isFalse();
    }
}
