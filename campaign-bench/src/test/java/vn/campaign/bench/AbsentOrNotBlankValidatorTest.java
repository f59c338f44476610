package vn.campaign.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsentOrNotBlankValidatorTest {

    private final AbsentOrNotBlankValidator validator = new AbsentOrNotBlankValidator();

    @Test
    void isValid_acceptsNullAsAnAbsentOptional() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void isValid_refusesEveryUnicodeSpace() {
        assertThat(validator.isValid("", null)).isFalse();
        assertThat(validator.isValid(" \t\n", null)).isFalse();
        assertThat(validator.isValid("\u00A0\u2003\u3000", null)).isFalse();
    }

    @Test
    void isValid_acceptsTextWithALetter() {
        assertThat(validator.isValid("\u00A0Kon Rẫy ", null)).isTrue();
    }
}
