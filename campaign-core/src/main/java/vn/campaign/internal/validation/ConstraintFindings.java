package vn.campaign.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.campaign.model.Ids;
import vn.campaign.model.Money;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.constraints.Info;
import vn.campaign.model.constraints.Warning;
import vn.campaign.validation.Finding;
import vn.campaign.validation.FindingCode;
import vn.campaign.validation.Severity;

/**
 * Turns a constraint violation into a {@link Finding}. Not part of the API.
 *
 * <p>The code: a message template that is a code in braces ({@code "{NEGATIVE_AMOUNT}"}) is that
 * code, the convention of our own constraints (and a way to give a Jakarta constraint a code:
 * {@code @NotBlank(message = "{MY_CODE}")}); otherwise {@code @NotBlank} is {@code BLANK_TEXT},
 * {@code @NotEmpty} is {@code EMPTY_LIST}, {@code @Pattern} with the id pattern is
 * {@code INVALID_ID}, and anything else is {@code CONSTRAINT_VIOLATED}. The severity: a payload
 * {@link Warning} or {@link Info} (the more severe if both), else the default of a
 * built-in code, else {@link Severity#ERROR}. The pointer: {@link JsonPointers#of}.
 */
public final class ConstraintFindings {

    private static final java.util.regex.Pattern CODE_TEMPLATE = java.util.regex.Pattern.compile("\\{([A-Z][A-Z0-9_]*)\\}");

    private ConstraintFindings() {
    }

    /**
     * Returns the finding of a violation.
     *
     * @param violation the violation, not null
     * @return the finding, never null
     */
    public static Finding toFinding(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
        String code = code(violation.getMessageTemplate(), annotation);
        Severity severity = severity(violation.getConstraintDescriptor().getPayload(), code);
        return new Finding(code, severity, JsonPointers.of(violation.getPropertyPath()),
                arguments(code, annotation, violation.getInvalidValue()));
    }

    static String code(String template, Annotation annotation) {
        Matcher m = CODE_TEMPLATE.matcher(template == null ? "" : template);
        if (m.matches()) {
            return m.group(1);
        }
        if (annotation instanceof NotBlank) {
            return FindingCode.BLANK_TEXT.code();
        }
        if (annotation instanceof NotEmpty) {
            return FindingCode.EMPTY_LIST.code();
        }
        if (annotation instanceof Pattern && Ids.PATTERN.equals(((Pattern) annotation).regexp())) {
            return FindingCode.INVALID_ID.code();
        }
        return FindingCode.CONSTRAINT_VIOLATED.code();
    }

    static Severity severity(Set<Class<? extends Payload>> payload, String code) {
        boolean warning = false;
        boolean info = false;
        for (Class<? extends Payload> type : payload) {
            warning |= Warning.class.isAssignableFrom(type);
            info |= Info.class.isAssignableFrom(type);
        }
        if (warning) {
            return Severity.WARNING;
        }
        if (info) {
            return Severity.INFO;
        }
        return FindingCode.of(code).map(FindingCode::severity).orElse(Severity.ERROR);
    }

    private static List<String> arguments(String code, Annotation annotation, Object value) {
        switch (FindingCode.of(code).orElse(FindingCode.BLANK_TEXT)) {
            case INVALID_ID:
                return List.of(String.valueOf(value));
            case NEGATIVE_AMOUNT:
                return value instanceof Money ? List.of(value.toString()) : List.of();
            case TASK_WITHOUT_TEXT:
                return value instanceof Task ? List.of(((Task) value).id()) : List.of();
            case SIGNATURE_WITHOUT_PRINCIPAL:
                return value instanceof Signature && ((Signature) value).authority().isPresent()
                        ? List.of(((Signature) value).authority().get().prefix())
                        : List.of();
            case CONSTRAINT_VIOLATED:
                return List.of("@" + annotation.annotationType().getSimpleName());
            default:
                return List.of();
        }
    }
}
