package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;
import vn.campaign.model.Signature;
import vn.campaign.model.SigningAuthority;
import vn.campaign.model.constraints.ConsistentSignature;

/**
 * Checks {@link ConsistentSignature}: null, no authority, an authority that needs no principal, or
 * a principal ({@link Signature#onBehalfOf()}) present. Not part of the API.
 */
public final class ConsistentSignatureValidator implements ConstraintValidator<ConsistentSignature, Signature> {

    private Set<SigningAuthority> principalRequired = EnumSet.noneOf(SigningAuthority.class);

    /** Creates the validator; Hibernate Validator calls this. */
    public ConsistentSignatureValidator() {
    }

    @Override
    public void initialize(ConsistentSignature constraint) {
        Set<SigningAuthority> authorities = EnumSet.noneOf(SigningAuthority.class);
        for (SigningAuthority authority : constraint.principalRequired()) {
            authorities.add(authority);
        }
        principalRequired = authorities;
    }

    @Override
    public boolean isValid(Signature value, ConstraintValidatorContext context) {
        return value == null
                || value.authority().isEmpty()
                || !principalRequired.contains(value.authority().get())
                || value.onBehalfOf().isPresent();
    }
}
