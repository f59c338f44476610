package vn.campaign.model.constraints;

import jakarta.validation.Payload;

/**
 * Payload that makes a violation of a constraint information, the least serious:
 * {@code @NotBlank(payload = Info.class)}.
 *
 * <p>A marker, never instantiated.
 *
 * @since 0.1
 */
public interface Info extends Payload {
}
