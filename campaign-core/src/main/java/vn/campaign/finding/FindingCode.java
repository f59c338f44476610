package vn.campaign.finding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.internal.finding.Catalogues;
import vn.campaign.model.Language;

/**
 * A code of a finding in a catalogue of codes: its stable string, its default severity, and its
 * message and hint, which come from the bundle of the {@link FindingCatalogue} that lists it.
 *
 * <p>The built-in catalogues are the enums {@code vn.campaign.validation.ValidationCode},
 * {@code vn.campaign.compliance.ComplianceCode}, the importer's {@code ImportCode} and the reader's
 * codes; an application adds its own with an enum that implements this interface and a
 * {@link FindingCatalogue} registered for {@link java.util.ServiceLoader}. A code is a promise: once
 * released it never changes meaning.
 *
 * <p>Implementations must be immutable and thread-safe; enums are.
 *
 * @since 0.1
 */
public interface FindingCode {

    /**
     * Returns the stable code string, such as {@code "UNKNOWN_ACTOR"}: for an enum, its constant name.
     *
     * @return the code, never null, not blank
     */
    String code();

    /**
     * Returns the severity of a finding with this code unless a constraint's payload or a profile
     * says otherwise.
     *
     * @return the default severity, never null
     */
    Severity severity();

    /**
     * Returns the message of this code in a language with its arguments filled in: the template under
     * the key {@link #code()} in the bundle of the catalogue that lists the code, whose placeholders
     * {@code {0}}, {@code {1}} … are replaced by the arguments as plain text.
     *
     * @param language the language, not null
     * @param arguments the arguments, in placeholder order, not null
     * @return the message; for a code that no registered catalogue words, the code followed by the
     *     arguments
     */
    default String message(Language language, List<String> arguments) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(arguments, "arguments");
        return Catalogues.message(code(), arguments, language);
    }

    /**
     * Returns what to do about a finding with this code, in a language (bundle key {@code CODE.hint}).
     *
     * @param language the language, not null
     * @param arguments the arguments, in placeholder order, not null
     * @return the hint with the arguments filled in, or the empty string for a code without one
     */
    default String hint(Language language, List<String> arguments) {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(arguments, "arguments");
        return Catalogues.hint(code(), arguments, language);
    }

    /**
     * Returns the code with a given string from any registered catalogue: the built-in ones and
     * those {@link java.util.ServiceLoader} finds.
     *
     * @param code the code string, such as {@code "UNKNOWN_ACTOR"}, not null
     * @return the code, or empty if no registered catalogue lists it
     */
    static Optional<FindingCode> of(String code) {
        Objects.requireNonNull(code, "code");
        return Catalogues.code(code);
    }

    /**
     * Returns the constant of an enum of codes with a given string, whether or not its catalogue is
     * registered.
     *
     * @param <C> the type of the enum
     * @param type the enum, not null
     * @param code the code string, not null
     * @return the constant whose {@link #code()} it is, or empty
     */
    static <C extends Enum<C> & FindingCode> Optional<C> of(Class<C> type, String code) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(type.cast(Catalogues.constants(type).get(code)));
    }
}
