package vn.campaign.internal.validation;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.campaign.model.Language;

/**
 * The messages and hints of findings, from the bundles {@code vn/campaign/validation/messages.properties}
 * (Vietnamese, the base bundle) and {@code messages_en.properties}. Not part of the API.
 *
 * <p>Placeholders are filled by plain replacement: {@code {n}} is replaced by argument {@code n}, in
 * one pass, so an argument that itself contains {@code {0}} stays as it is; nothing is evaluated.
 * There is no {@code MessageFormat}: quotes and braces in a template mean nothing special.
 */
public final class Messages {

    /** The base name of the bundles. */
    public static final String BUNDLE = "vn.campaign.validation.messages";

    /** The base name of the bundles of the compliance codes, looked up after {@link #BUNDLE}. */
    public static final String COMPLIANCE_BUNDLE = "vn.campaign.compliance.messages";

    /** The suffix of the key of a hint. */
    public static final String HINT_SUFFIX = ".hint";

    private Messages() {
    }

    /**
     * Returns the bundle of a language.
     *
     * <p>Vietnamese is the base bundle, asked for with {@link Locale#ROOT} so that the JVM's default
     * locale can never put another language in its place.
     *
     * @param language the language, not null
     * @return the bundle, never null
     */
    public static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language == Language.VI ? Locale.ROOT : Locale.ENGLISH);
    }

    /**
     * Returns the bundle of the compliance codes in a language.
     *
     * @param language the language, not null
     * @return the bundle, never null
     */
    public static ResourceBundle complianceBundle(Language language) {
        return ResourceBundle.getBundle(COMPLIANCE_BUNDLE, language == Language.VI ? Locale.ROOT : Locale.ENGLISH);
    }

    /**
     * Returns the message of a code with its arguments filled in.
     *
     * @param code the finding code, not null
     * @param arguments the arguments, not null
     * @param language the language, not null
     * @return the message; for a code in no bundle, the code followed by the arguments
     */
    public static String message(String code, List<String> arguments, Language language) {
        for (ResourceBundle bundle : List.of(bundle(language), complianceBundle(language))) {
            if (bundle.containsKey(code)) {
                return format(bundle.getString(code), arguments);
            }
        }
        return arguments.isEmpty() ? code : code + " " + arguments;
    }

    /**
     * Returns the hint of a code with its arguments filled in.
     *
     * @param code the finding code, not null
     * @param arguments the arguments, not null
     * @param language the language, not null
     * @return the hint, or the empty string for a code without one
     */
    public static String hint(String code, List<String> arguments, Language language) {
        String key = code + HINT_SUFFIX;
        for (ResourceBundle bundle : List.of(bundle(language), complianceBundle(language))) {
            if (bundle.containsKey(key)) {
                return format(bundle.getString(key), arguments);
            }
        }
        return "";
    }

    /**
     * Replaces each {@code {n}} of a template by argument {@code n}; placeholders without an
     * argument stay as written.
     *
     * @param template the template, not null
     * @param arguments the arguments, not null
     * @return the filled-in text
     */
    public static String format(String template, List<String> arguments) {
        StringBuilder text = new StringBuilder(template.length() + 16 * arguments.size());
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = i + 1;
                int index = 0;
                while (end < template.length() && end - i <= 3 && isDigit(template.charAt(end))) {
                    index = index * 10 + template.charAt(end) - '0';
                    end++;
                }
                if (end > i + 1 && end < template.length() && template.charAt(end) == '}'
                        && index < arguments.size()) {
                    text.append(arguments.get(index));
                    i = end + 1;
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        return text.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
