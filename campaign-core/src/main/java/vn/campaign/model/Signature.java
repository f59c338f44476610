package vn.campaign.model;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.Text;
import vn.campaign.model.constraints.ConsistentSignature;
import vn.campaign.model.constraints.NotBlankText;
import vn.campaign.model.constraints.Warning;

/**
 * The signature block: authority, the collective signed for, the signer's position and name.
 *
 * <p>"TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH / Huỳnh Minh Trung" is authority
 * {@link SigningAuthority#ON_BEHALF_OF}, on behalf of "BAN THƯỜNG TRỰC", position "PHÓ CHỦ TỊCH",
 * name "Huỳnh Minh Trung".
 *
 * <p>Immutable and thread-safe.
 *
 * @param authority the signing authority; not null, empty when the head signs in their own name
 * @param onBehalfOf the collective or head signed for, as written; not null, may be empty
 * @param position the signer's position as written; not null
 * @param signerName the signer's full name; not null
 * @param extensions members the model does not know; not null
 *
 * @since 0.1
 */
@ConsistentSignature(payload = Warning.class)
public record Signature(
        Optional<SigningAuthority> authority,
        Optional<@NotBlankText String> onBehalfOf,
        @NotBlankText String position,
        @NotBlankText String signerName,
        Extensions extensions) {

    /** Checks that nothing is null and normalises the text. */
    public Signature {
        Objects.requireNonNull(authority, "authority");
        onBehalfOf = Text.text(onBehalfOf, "onBehalfOf");
        position = Text.text(position, "position");
        signerName = Text.text(signerName, "signerName");
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * Returns a signature under an authority, for a collective or head.
     *
     * @param authority the authority, not null
     * @param onBehalfOf the collective or head, as written, not null
     * @param position the position, not null
     * @param signerName the name, not null
     * @return the signature, never null
     */
    public static Signature of(SigningAuthority authority, String onBehalfOf, String position, String signerName) {
        return new Signature(Optional.of(authority), Optional.of(onBehalfOf), position, signerName,
                Extensions.empty());
    }

    /**
     * Returns a signature of the head in their own name, with no authority prefix.
     *
     * @param position the position, not null
     * @param signerName the name, not null
     * @return the signature, never null
     */
    public static Signature ofHead(String position, String signerName) {
        return new Signature(Optional.empty(), Optional.empty(), position, signerName, Extensions.empty());
    }
}
