package vn.campaign.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.campaign.model.Ids;

/** {@link PlanIdValidator} gives the verdict of {@code @Pattern(regexp = Ids.PATTERN)}. */
class PlanIdValidatorTest {

    private static final java.util.regex.Pattern IDS = java.util.regex.Pattern.compile(Ids.PATTERN);

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "I.1", "kh-457-2024", "_a", "-a", ".a", "a b", "đ", "a/b",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "A9._-z", "9", "a\n"})
    void isId_agreesWithThePattern(String text) {
        assertThat(PlanIdValidator.isId(text)).isEqualTo(IDS.matcher(text).matches());
    }

    @Test
    void isId_agreesWithThePatternOnRandomText() {
        SplittableRandom random = new SplittableRandom(64);
        String alphabet = "aZ09._-/ đ\u00A0Ạ";
        int ids = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(0, 70); i > 0; i--) {
                text.append(random.nextInt(8) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(4)));
            }
            boolean expected = IDS.matcher(text).matches();
            assertThat(PlanIdValidator.isId(text)).as(text.toString()).isEqualTo(expected);
            ids += expected ? 1 : 0;
        }
        assertThat(ids).isBetween(1_000, 19_000);
    }

    @Test
    void isValid_letsNullPassAndChecksTheRest() {
        PlanIdValidator validator = new PlanIdValidator();
        assertThat(validator.isValid(null, null)).isTrue();
        assertThat(validator.isValid("kh-457", null)).isTrue();
        assertThat(validator.isValid("kh 457", null)).isFalse();
        assertThat(validator.isValid("", null)).isFalse();
    }
}
