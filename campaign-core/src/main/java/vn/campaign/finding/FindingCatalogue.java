package vn.campaign.finding;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import vn.campaign.model.Language;

/**
 * A catalogue of finding codes with the bundle of their messages: the service provider interface by
 * which findings of every check, built-in or an application's own, get their messages and hints.
 *
 * <p>Every catalogue that {@link java.util.ServiceLoader} finds is registered the first time a message
 * is asked for: list the class in {@code META-INF/services/vn.campaign.finding.FindingCatalogue}, or
 * {@code provides vn.campaign.finding.FindingCatalogue with …} in a {@code module-info}. The bundle
 * holds, for each code, its message under the key {@code CODE} and its hint under {@code CODE.hint};
 * Vietnamese is the base bundle ({@code messages.properties}), English {@code messages_en.properties}.
 * Codes are unique across catalogues: prefix an application's own ("X_" or the organisation's); a code
 * listed by two catalogues keeps the first found, and the other is logged.
 *
 * <pre>{@code
 * public final class BudgetCatalogue implements FindingCatalogue {
 *     public Collection<BudgetCode> codes() {
 *         return List.of(BudgetCode.values());
 *     }
 *
 *     public ResourceBundle bundle(Language language) {
 *         return ResourceBundle.getBundle("com.example.budget.messages", FindingCatalogue.locale(language));
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations must be thread-safe and have a public constructor without parameters. The
 * bundle must be loaded by the catalogue itself, as above, so that a bundle in the catalogue's own
 * module is found.
 *
 * @since 0.1
 */
public interface FindingCatalogue {

    /**
     * Returns the codes of this catalogue.
     *
     * @return the codes, never null, no null element
     */
    Collection<? extends FindingCode> codes();

    /**
     * Returns the bundle of the messages and hints of the codes in a language.
     *
     * @param language the language, not null
     * @return the bundle, never null
     * @throws java.util.MissingResourceException if there is none; the codes then show without message
     */
    ResourceBundle bundle(Language language);

    /**
     * Returns the locale to ask {@link ResourceBundle#getBundle(String, Locale)} for the bundle of a
     * language: {@link Locale#ROOT} for Vietnamese, the base bundle, so that the default locale of the
     * JVM can never put another language in its place; {@link Locale#ENGLISH} for English.
     *
     * @param language the language, not null
     * @return the locale, never null
     */
    static Locale locale(Language language) {
        Objects.requireNonNull(language, "language");
        return language == Language.VI ? Locale.ROOT : Locale.ENGLISH;
    }
}
