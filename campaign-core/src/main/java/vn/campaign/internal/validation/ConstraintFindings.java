package vn.campaign.internal.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;
import vn.campaign.model.Ids;
import vn.campaign.model.Money;
import vn.campaign.model.Signature;
import vn.campaign.model.Task;
import vn.campaign.model.constraints.Info;
import vn.campaign.model.constraints.Warning;
import vn.campaign.validation.ValidationCode;

/**
 * Turns a constraint violation into a {@link Finding}. Not part of the API.
 *
 * <p>The code: a message template that is a code in braces ({@code "{NEGATIVE_AMOUNT}"}) is that
 * code, the convention of our own constraints (the model's {@code @NotBlankText} is
 * {@code BLANK_TEXT}, {@code @PlanId} is {@code INVALID_ID}) and a way to give a Jakarta constraint a
 * code ({@code @NotBlank(message = "{MY_CODE}")}); otherwise, for the beans of an application,
 * {@code @NotBlank} is {@code BLANK_TEXT},
 * {@code @NotEmpty} is {@code EMPTY_LIST}, {@code @Pattern} with the id pattern is
 * {@code INVALID_ID}, and anything else is {@code CONSTRAINT_VIOLATED}. The severity: a payload
 * {@link Warning} or {@link Info} (the more severe if both), else the default of a
 * built-in code, else {@link Severity#ERROR}. The pointer: {@link #pointer(Path)}.
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
        return toFinding(violation.getConstraintDescriptor(), violation.getInvalidValue(),
                pointer(violation.getPropertyPath()));
    }

    /**
     * Returns the finding of a violated constraint, as {@link #toFinding(ConstraintViolation)} makes
     * it of Hibernate Validator's violation: the template is the descriptor's, as ours keeps it.
     *
     * @param constraint the constraint, not null
     * @param invalidValue the value that violates it, null allowed
     * @param pointer where the value is, not null
     * @return the finding, never null
     */
    static Finding toFinding(ConstraintDescriptor<?> constraint, Object invalidValue, PlanPointer pointer) {
        Annotation annotation = constraint.getAnnotation();
        String code = code(constraint.getMessageTemplate(), annotation);
        Severity severity = severity(constraint.getPayload(), code);
        return Finding.of(code, severity, pointer, arguments(code, annotation, invalidValue));
    }

    /**
     * Returns the pointer of a property path of Hibernate Validator.
     *
     * <p>{@code sections[3].subsections[2].number} becomes {@code /sections/3/subsections/2/number}.
     * An index or key belongs to the node after the container, so it is written before that node's
     * name; a container element ({@code <list element>}, the value of an {@code Optional}) and a
     * bean (a class-level constraint) add no segment of their own: they are the value itself.
     *
     * @param path the property path, not null
     * @return the pointer, the root for the plan itself
     */
    static PlanPointer pointer(Path path) {
        List<String> segments = new ArrayList<>(8);
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    segments.add(Integer.toString(node.getIndex()));
                } else if (node.getKey() != null) {
                    segments.add(String.valueOf(node.getKey()));
                }
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                segments.add(node.getName());
            }
        }
        return PlanPointer.of(segments.toArray(new String[0]));
    }

    static String code(String template, Annotation annotation) {
        Matcher m = CODE_TEMPLATE.matcher(template == null ? "" : template);
        if (m.matches()) {
            return m.group(1);
        }
        if (annotation instanceof NotBlank) {
            return ValidationCode.BLANK_TEXT.code();
        }
        if (annotation instanceof NotEmpty) {
            return ValidationCode.EMPTY_LIST.code();
        }
        if (annotation instanceof Pattern && Ids.PATTERN.equals(((Pattern) annotation).regexp())) {
            return ValidationCode.INVALID_ID.code();
        }
        return ValidationCode.CONSTRAINT_VIOLATED.code();
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
        return ValidationCode.of(code).map(ValidationCode::severity).orElse(Severity.ERROR);
    }

    private static List<String> arguments(String code, Annotation annotation, Object value) {
        switch (ValidationCode.of(code).orElse(ValidationCode.BLANK_TEXT)) {
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
