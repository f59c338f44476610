package vn.campaign.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link vn.campaign.model.Signature} names whom it signs for when its authority needs
 * it: "TM. BAN THƯỜNG TRỰC", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH" — the collective or the
 * head follows the prefix (Decree 30/2020/NĐ-CP as the Front uses it; project domain notes §5).
 * "Q." (acting) is followed by the position itself and needs no one. {@code null} is valid. Finding
 * code {@code SIGNATURE_WITHOUT_PRINCIPAL}.
 *
 * @since 0.1
 */
@Documented
// The validator is found by Hibernate Validator through META-INF/services/jakarta.validation.ConstraintValidator
// (and provides in module-info), so that this API package does not depend on the implementation.
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentSignature {

    /**
     * Returns the message template: the finding code in braces, which is also its bundle key.
     *
     * @return the template
     */
    String message() default "{SIGNATURE_WITHOUT_PRINCIPAL}";

    /**
     * Returns the validation groups.
     *
     * @return the groups, none by default
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload; {@link Warning} or {@link Info} lower the severity.
     *
     * @return the payload, none by default
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Returns the authorities under which the collective or head signed for must be written, by their
     * codes ({@link vn.campaign.model.SigningAuthority#code()}). Codes, not the enum itself, so that
     * this package does not depend on the model it annotates; the validator reads them once and
     * rejects an unknown code.
     *
     * @return the codes; {@code TM}, {@code KT}, {@code TL} and {@code TUQ} by default
     */
    String[] principalRequired() default {"TM", "KT", "TL", "TUQ"};
}
