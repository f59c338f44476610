package vn.campaign.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.internal.validation.ConsistentSignatureValidator;
import vn.campaign.model.Extensions;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;

class ConsistentSignatureTest {

    private static Signature without(SigningAuthority authority) {
        return new Signature(Optional.of(authority), Optional.empty(), "PHÓ CHỦ TỊCH", "Huỳnh Minh Trung",
                Extensions.empty());
    }

    private static ConsistentSignatureValidator validator() {
        ConsistentSignatureValidator validator = new ConsistentSignatureValidator();
        validator.initialize(Signature.class.getAnnotation(ConsistentSignature.class));
        return validator;
    }

    @Test
    void isValid_requiresThePrincipalUnderTmKtTlAndTuq() {
        ConsistentSignatureValidator validator = validator();

        assertThat(validator.isValid(without(SigningAuthority.ON_BEHALF_OF), null)).isFalse();
        assertThat(validator.isValid(without(SigningAuthority.FOR_THE_HEAD), null)).isFalse();
        assertThat(validator.isValid(without(SigningAuthority.BY_ORDER), null)).isFalse();
        assertThat(validator.isValid(without(SigningAuthority.BY_AUTHORISATION), null)).isFalse();
    }

    @Test
    void isValid_acceptsAPrincipalActingHeadTheHeadInOwnNameAndNull() {
        ConsistentSignatureValidator validator = validator();

        assertThat(validator.isValid(Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH", "A"), null))
                .isTrue();
        assertThat(validator.isValid(without(SigningAuthority.ACTING), null)).isTrue();
        assertThat(validator.isValid(Signature.ofHead("CHỦ TỊCH", "A"), null)).isTrue();
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void signature_carriesTheConstraintAsAWarningWithTheDefaultAuthorities() {
        ConsistentSignature annotation = Signature.class.getAnnotation(ConsistentSignature.class);

        assertThat(annotation.message()).isEqualTo("{SIGNATURE_WITHOUT_PRINCIPAL}");
        assertThat(annotation.payload()).containsExactly(Warning.class);
        assertThat(annotation.principalRequired()).containsExactly("TM", "KT", "TL", "TUQ");
    }

    /** A bean whose signature constraint names an authority that does not exist. */
    @ConsistentSignature(principalRequired = {"TM", "XX"})
    private static final class Misdeclared {
    }

    @Test
    void initialize_rejectsAnUnknownAuthorityCode() {
        ConsistentSignatureValidator validator = new ConsistentSignatureValidator();

        assertThatThrownBy(() -> validator.initialize(Misdeclared.class.getAnnotation(ConsistentSignature.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("@ConsistentSignature(principalRequired): unknown signing authority code \"XX\" "
                        + "(expected one of TM, KT, Q, TL, TUQ)");
    }
}
