package vn.campaign.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaign.internal.validation.ConsistentSignatureValidator;
import vn.campaign.model.Extensions;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.validation.Severity;

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
        assertThat(annotation.payload()).containsExactly(Severity.Warning.class);
        assertThat(annotation.principalRequired()).containsExactly(SigningAuthority.ON_BEHALF_OF, SigningAuthority.FOR_THE_HEAD,
                SigningAuthority.BY_ORDER, SigningAuthority.BY_AUTHORISATION);
    }
}
