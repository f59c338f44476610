package vn.campaign.model.constraints;

import jakarta.validation.Payload;

/**
 * Payload that makes a violation of a constraint a warning rather than an error:
 * {@code @TaskHasText(payload = Warning.class)}. With {@link Info} as well, the violation is a warning.
 *
 * <p>A marker, never instantiated.
 *
 * @since 0.1
 */
public interface Warning extends Payload {
}
