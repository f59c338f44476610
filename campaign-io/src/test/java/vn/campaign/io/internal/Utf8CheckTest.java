package vn.campaign.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written UTF-8 check of {@link Utf8Scanner} agrees with the JDK's decoder, byte for byte. */
class Utf8CheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "F4908080", "F8", "FF", "80", "C2", "E1BF", "F09F98",
        "E1BF41", "41C3A9C3", "C3A9EDBFBF"})
    void firstInvalidUtf8_findsTheSameByteAsTheJdk(String hex) {
        byte[] bytes = hex(hex);
        assertThat(Utf8Scanner.firstInvalidUtf8(bytes)).isEqualTo(jdk(bytes)).isNotNegative();
    }

    @Test
    void firstInvalidUtf8_acceptsVietnameseAndAstralText() {
        byte[] bytes = "Ngày hội Đại đoàn kết toàn dân tộc 😀 ở khu dân cư".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8Scanner.firstInvalidUtf8(bytes)).isEqualTo(-1);
    }

    @Test
    void firstInvalidUtf8_agreesWithTheJdkOnRandomBytes() {
        SplittableRandom random = new SplittableRandom(121);
        int invalid = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(1, 12)];
            for (int i = 0; i < bytes.length; i++) {
                // Mostly lead and continuation bytes, where the edge cases are.
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80) : 0x80 + random.nextInt(0x80));
            }
            int expected = jdk(bytes);
            assertThat(Utf8Scanner.firstInvalidUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(expected);
            invalid += expected >= 0 ? 1 : 0;
        }
        assertThat(invalid).isBetween(1_000, 19_999);
    }

    @Test
    void firstInvalidUtf8AfterParse_findsWhatJacksonLetsThrough() {
        // Documents Jackson accepts: well-formed text with, now and then, one of the ill-formed
        // sequences it decodes without complaint (overlong, surrogate, above U+10FFFF).
        String[] letThrough = {"C0AF", "C1BF", "E080AF", "EDA080", "EDBFBF", "F08080AF", "F4908080", "F5808080"};
        String[] text = {"a", "ạ", "Đ", "ư", "ờ", "😀", "\"", " "};
        SplittableRandom random = new SplittableRandom(2017);
        int invalid = 0;
        for (int round = 0; round < 5_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (int i = random.nextInt(1, 30); i > 0; i--) {
                byte[] piece = random.nextInt(40) == 0 ? hex(letThrough[random.nextInt(letThrough.length)])
                        : text[random.nextInt(text.length)].getBytes(StandardCharsets.UTF_8);
                out.write(piece, 0, piece.length);
            }
            byte[] bytes = out.toByteArray();
            int expected = jdk(bytes);
            assertThat(Utf8Scanner.firstInvalidUtf8AfterParse(bytes)).isEqualTo(expected);
            invalid += expected >= 0 ? 1 : 0;
        }
        assertThat(invalid).isBetween(500, 4_500);
    }

    @Test
    void scan_seesEveryByteWhetherInAWordOrNot() {
        SplittableRandom random = new SplittableRandom(18);
        byte[] special = {(byte) 0xC0, (byte) 0xC1, (byte) 0xE0, (byte) 0xED, (byte) 0xF0, (byte) 0xFF, '\\'};
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(0, 40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(60) == 0 ? special[random.nextInt(special.length)]
                        : random.nextInt(10) == 0 ? (byte) 0xE1
                        : random.nextInt(10) == 0 ? (byte) random.nextInt(0x80, 0x100) : (byte) random.nextInt(0x20, 0x7F);
                if (bytes[i] == '\\' && random.nextBoolean()) {
                    bytes[i] = 'a';
                }
            }
            int expected = 0;
            for (byte b : bytes) {
                int u = b & 0xFF;
                expected |= u == '\\' ? Utf8Scanner.MAY_HOLD_SURROGATES
                        : u == 0xC0 || u == 0xC1 || u == 0xE0 ? Utf8Scanner.SUSPICIOUS
                        : u == 0xED || u >= 0xF0 ? Utf8Scanner.SUSPICIOUS | Utf8Scanner.MAY_HOLD_SURROGATES : 0;
            }
            assertThat(Utf8Scanner.scan(bytes)).as(java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
        }
    }

    private static int jdk(byte[] utf8) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(utf8);
        CharBuffer out = CharBuffer.allocate(64);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
