package vn.campaign.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.validation.JsonPointers;
import vn.campaign.internal.validation.Messages;
import vn.campaign.model.Language;

/**
 * One problem found in a plan: a stable code, a severity, where it is, and the values its message
 * shows.
 *
 * <p>The pointer is an RFC 6901 JSON Pointer into the plan's JSON, whose member names are the
 * record component names of the model: {@code /sections/3/subsections/2/number} is the number of the
 * third subsection of the fourth section; an {@code Optional} component is its value itself
 * ({@code /signature/onBehalfOf}); a pointer may name a member the plan lacks ({@code /date} for a
 * missing date); {@code ""} is the whole plan.
 *
 * <p>The message is looked up by code in the bundles {@code vn/campaign/validation/messages*.properties}
 * and its placeholders {@code {0}}, {@code {1}} … are replaced by the arguments, as plain text: an
 * argument is never evaluated and never read as a template, so text from a plan cannot change a
 * message. A code that is in no bundle (a code of an application's own rule) shows as the code
 * followed by its arguments.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, such as {@code "UNKNOWN_ACTOR"}; not null, not blank
 * @param severity how serious it is; not null
 * @param pointer the JSON Pointer to where it is; not null, {@code ""} or starting with {@code '/'}
 * @param arguments the values the message shows, in placeholder order; not null, no null element
 */
public record Finding(String code, Severity severity, String pointer, List<String> arguments) {

    /**
     * Checks the values and copies the arguments.
     *
     * @param code the stable code; not null, not blank
     * @param severity the severity; not null
     * @param pointer the JSON Pointer; not null, {@code ""} or starting with {@code '/'}
     * @param arguments the message arguments; not null, no null element
     * @throws NullPointerException if a value or an argument is null
     * @throws IllegalArgumentException if the code is blank or the pointer is not a JSON Pointer
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        arguments = List.copyOf(Objects.requireNonNull(arguments, "arguments"));
        if (code.isBlank()) {
            throw new IllegalArgumentException("A finding code must not be blank");
        }
        if (!JsonPointers.isValid(pointer)) {
            throw new IllegalArgumentException("Not a JSON Pointer: \"" + pointer
                    + "\" (expected \"\" or a string starting with '/', with '~' only in ~0 or ~1)");
        }
    }

    /**
     * Returns a finding with a built-in code at its default severity.
     *
     * @param code the code, not null
     * @param pointer the JSON Pointer, not null
     * @param arguments the values the message shows, not null, no null element
     * @return the finding, never null
     * @throws IllegalArgumentException if the pointer is not a JSON Pointer
     */
    public static Finding of(FindingCode code, String pointer, String... arguments) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(arguments, "arguments");
        return new Finding(code.code(), code.severity(), pointer, Arrays.asList(arguments));
    }

    /**
     * Returns the message in Vietnamese.
     *
     * @return the message, never null
     */
    public String message() {
        return message(Language.VI);
    }

    /**
     * Returns the message in a language.
     *
     * @param language the language, not null
     * @return the message with the arguments filled in, never null
     */
    public String message(Language language) {
        Objects.requireNonNull(language, "language");
        return Messages.message(code, arguments, language);
    }

    /**
     * Returns what to do about the finding, in Vietnamese.
     *
     * @return the hint, never null; empty for a code without one
     */
    public String hint() {
        return hint(Language.VI);
    }

    /**
     * Returns what to do about the finding, in a language (bundle key {@code CODE.hint}).
     *
     * @param language the language, not null
     * @return the hint with the arguments filled in, never null; empty for a code without one
     */
    public String hint(Language language) {
        Objects.requireNonNull(language, "language");
        return Messages.hint(code, arguments, language);
    }

    /**
     * Returns the built-in code of this finding.
     *
     * @return the built-in code, or empty for a code of an application's own rule
     */
    public Optional<FindingCode> builtInCode() {
        return FindingCode.of(code);
    }
}
