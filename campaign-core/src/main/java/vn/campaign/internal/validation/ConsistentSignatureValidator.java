package vn.campaign.internal.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
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

    /**
     * Reads the authorities that need a principal, once.
     *
     * @param constraint the annotation, not null
     * @throws IllegalArgumentException if a code of {@link ConsistentSignature#principalRequired()} is
     *     not the code of a {@link SigningAuthority}
     */
    @Override
    public void initialize(ConsistentSignature constraint) {
        Set<SigningAuthority> authorities = EnumSet.noneOf(SigningAuthority.class);
        for (String code : constraint.principalRequired()) {
            authorities.add(authority(code));
        }
        principalRequired = authorities;
    }

    private static SigningAuthority authority(String code) {
        for (SigningAuthority authority : SigningAuthority.values()) {
            if (authority.code().equals(code)) {
                return authority;
            }
        }
        throw new IllegalArgumentException("@ConsistentSignature(principalRequired): unknown signing authority code \""
                + code + "\" (expected one of " + Arrays.stream(SigningAuthority.values()).map(SigningAuthority::code)
                        .collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public boolean isValid(Signature value, ConstraintValidatorContext context) {
        return value == null
                || value.authority().isEmpty()
                || !principalRequired.contains(value.authority().get())
                || value.onBehalfOf().isPresent();
    }
}
