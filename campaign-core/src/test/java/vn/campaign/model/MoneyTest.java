package vn.campaign.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final String EXPECTED = "expected like 15.000.000 đồng, 15000000 đồng, 15.000.000 VND or 15000000";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0                    | 0 đồng",
        "5                    | 5 đồng",
        "999                  | 999 đồng",
        "1000                 | 1.000 đồng",
        "15000000             | 15.000.000 đồng",
        "-5000                | -5.000 đồng",
        "-999                 | -999 đồng",
        "-123456789           | -123.456.789 đồng",
        "9223372036854775807  | 9.223.372.036.854.775.807 đồng",
        "-9223372036854775808 | -9.223.372.036.854.775.808 đồng",
    })
    void toString_groupsDigitsWithDots(long amount, String text) {
        assertThat(Money.vnd(amount)).hasToString(text);
        assertThat(Money.parse(text)).isEqualTo(Money.vnd(amount));
    }

    @ParameterizedTest
    @ValueSource(strings = {"15.000.000 đồng", "15000000 đồng", "15.000.000 VND", "15000000", "15.000.000",
        "  15.000.000 đồng ", "15000000  VND"})
    void parse_acceptsTheWrittenForms(String text) {
        assertThat(Money.parse(text)).isEqualTo(Money.vnd(15_000_000L));
    }

    @Test
    void parse_acceptsNegativeAndDecomposedText() {
        assertThat(Money.parse("-5.000 đồng").amount()).isEqualTo(-5000);
        assertThat(Money.parse("-0")).isEqualTo(Money.ZERO);
        assertThat(Money.parse(Normalizer.normalize("15.000 đồng", Normalizer.Form.NFD)).amount()).isEqualTo(15000);
        assertThat(Money.parse("15.000\u00A0đồng").amount()).isEqualTo(15000);
    }

    @Test
    void parse_roundTrips() {
        for (long amount : new long[] {0, 1, -1, 1000, 15_000_000, -5000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            Money money = Money.vnd(amount);
            assertThat(Money.parse(money.toString())).isEqualTo(money);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "đồng", "15,000,000 đồng", "15.000.000,00 đồng", "15.0000.000", "15.00.000", ".000", "15.000.",
        "015.000", "015000", "+15000", "15000000đ", "15000000 đ", "15 000 000 đồng", "15000000 vnd",
        "15000000 USD", "15000000 đồng.", "- 5000", "1e6", "mười lăm triệu đồng", "１５０００"
    })
    void parse_rejectsOtherForms(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an amount of money: \"" + text + "\" (" + EXPECTED + ")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9.223.372.036.854.775.808 đồng", "-9223372036854775809", "99999999999999999999"})
    void parse_rejectsOverflow(String text) {
        assertThatThrownBy(() -> Money.parse(text))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an amount of money: \"" + text + "\" (too large)")
                .hasCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void parse_rejectsNull() {
        assertThatThrownBy(() -> Money.parse(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }

    @Test
    void plus_addsExactly() {
        assertThat(Money.vnd(15_000_000).plus(Money.vnd(-5_000))).isEqualTo(Money.vnd(14_995_000));
        assertThat(Money.ZERO.plus(Money.ZERO)).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> Money.vnd(Long.MAX_VALUE).plus(Money.vnd(1)))
                .isExactlyInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ZERO.plus(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    @Test
    void isNegative_onlyBelowZero() {
        assertThat(Money.vnd(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
        assertThat(Money.vnd(1).isNegative()).isFalse();
    }

    @Test
    void compareTo_ordersByAmount() {
        assertThat(Money.vnd(-5)).isLessThan(Money.ZERO);
        assertThat(Money.vnd(15_000_000)).isGreaterThan(Money.vnd(14_999_999));
        assertThat(Money.vnd(7).compareTo(Money.parse("7 đồng"))).isZero();
        assertThat(Money.vnd(Long.MIN_VALUE)).isLessThan(Money.vnd(Long.MAX_VALUE));
    }

    @Test
    void zero_isZero() {
        assertThat(Money.ZERO.amount()).isZero();
        assertThat(Money.ZERO).hasToString("0 đồng");
        assertThat(Money.vnd(0)).isSameAs(Money.ZERO);
    }

    @Test
    void equalsAndHashCode_dependOnAmount() {
        Money money = Money.vnd(15_000_000);
        Money same = Money.parse("15.000.000 VND");

        assertThat(money).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(money).isNotEqualTo(Money.vnd(15_000_001)).isNotEqualTo(Money.vnd(-15_000_000))
                .isNotEqualTo(null).isNotEqualTo(15_000_000L);
    }
}
