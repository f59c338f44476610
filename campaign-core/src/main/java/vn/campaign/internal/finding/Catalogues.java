package vn.campaign.internal.finding;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.campaign.finding.FindingCatalogue;
import vn.campaign.finding.FindingCode;
import vn.campaign.model.Language;
import vn.campaign.text.Graphemes;

/**
 * The registered catalogues of finding codes and the wording of findings from their bundles. Not part
 * of the API.
 *
 * <p>The catalogues are those {@link ServiceLoader} finds, on first use, with the class loader of this
 * module (in a module layer, every module that provides one) and then with the thread's context class
 * loader; {@link #load(ClassLoader)} adds those of another class loader. A code keeps the first catalogue
 * that lists it. Thread-safe: the registry is replaced whole, never changed in place.
 *
 * <p>Placeholders are filled by plain replacement: {@code {n}} is replaced by argument {@code n}, in
 * one pass, so an argument that itself contains {@code {0}} stays as it is; nothing is evaluated.
 * There is no {@code MessageFormat}: quotes and braces in a template mean nothing special.
 */
public final class Catalogues {

    private static final Logger LOG = LoggerFactory.getLogger(Catalogues.class);

    /** The suffix of the key of a hint. */
    public static final String HINT_SUFFIX = ".hint";

    /** The constants of each enum of codes, by code string. */
    private static final ClassValue<Map<String, FindingCode>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, FindingCode> computeValue(Class<?> type) {
            Map<String, FindingCode> byCode = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                FindingCode code = (FindingCode) constant;
                byCode.put(code.code(), code);
            }
            return Map.copyOf(byCode);
        }
    };

    /** A code with the catalogue that words it, and that catalogue's bundles once asked for. */
    private static final class Entry {
        final FindingCode code;
        final Catalogue catalogue;

        Entry(FindingCode code, Catalogue catalogue) {
            this.code = code;
            this.catalogue = catalogue;
        }
    }

    /** A registered catalogue with its bundles by language, loaded when first asked for. */
    private static final class Catalogue {
        final FindingCatalogue source;
        private final ResourceBundle[] bundles = new ResourceBundle[Language.values().length];
        private final boolean[] missing = new boolean[Language.values().length];

        Catalogue(FindingCatalogue source) {
            this.source = source;
        }

        /** Loads the bundle once; two threads may both load it, harmlessly (the JDK caches bundles). */
        Optional<ResourceBundle> bundle(Language language) {
            int i = language.ordinal();
            if (bundles[i] == null && !missing[i]) {
                try {
                    bundles[i] = source.bundle(language);
                } catch (MissingResourceException e) {
                    LOG.warn("The finding catalogue {} has no bundle for {}", source.getClass().getName(), language);
                }
                missing[i] = bundles[i] == null;
            }
            return Optional.ofNullable(bundles[i]);
        }
    }

    private static volatile Map<String, Entry> registry;
    private static final Set<String> LOADED = new HashSet<>();

    private Catalogues() {
    }

    private static Map<String, Entry> registry() {
        Map<String, Entry> current = registry;
        if (current == null) {
            synchronized (Catalogues.class) {
                current = registry;
                if (current == null) {
                    registry = new LinkedHashMap<>();
                    load(Catalogues.class.getClassLoader());
                    ClassLoader context = Thread.currentThread().getContextClassLoader();
                    if (context != null) {
                        load(context);
                    }
                    current = registry;
                }
            }
        }
        return current;
    }

    /**
     * Registers every catalogue {@link ServiceLoader} finds with a class loader, after those already
     * registered.
     *
     * @param loader the class loader, not null
     */
    public static void load(ClassLoader loader) {
        registry();
        synchronized (Catalogues.class) {
            Map<String, Entry> next = new LinkedHashMap<>(registry);
            boolean changed = false;
            try {
                for (FindingCatalogue catalogue : ServiceLoader.load(FindingCatalogue.class, loader)) {
                    changed |= add(next, catalogue);
                }
            } catch (ServiceConfigurationError e) {
                LOG.warn("A finding catalogue could not be loaded: {}", e.getMessage());
            }
            if (changed) {
                registry = next;
            }
        }
    }

    /** Adds a catalogue unless one of its class is registered; returns whether it did. */
    private static boolean add(Map<String, Entry> into, FindingCatalogue source) {
        if (!LOADED.add(source.getClass().getName())) {
            return false;
        }
        Catalogue catalogue = new Catalogue(source);
        Collection<? extends FindingCode> codes = source.codes();
        for (FindingCode code : codes) {
            Entry first = into.putIfAbsent(code.code(), new Entry(code, catalogue));
            if (first != null) {
                LOG.warn("The finding code {} of {} is already listed by {}; the first is kept", code.code(),
                        source.getClass().getName(), first.catalogue.source.getClass().getName());
            }
        }
        return true;
    }

    /**
     * Returns the registered code with a string.
     *
     * @param code the code string, not null
     * @return the code, or empty
     */
    public static Optional<FindingCode> code(String code) {
        Entry entry = registry().get(code);
        return entry == null ? Optional.empty() : Optional.of(entry.code);
    }

    /**
     * Returns the constants of an enum of codes by their code strings.
     *
     * @param type the enum, which implements {@link FindingCode}, not null
     * @return the constants by code, never null
     */
    public static Map<String, FindingCode> constants(Class<?> type) {
        return CONSTANTS.get(type);
    }

    /**
     * Returns the bundle of the catalogue of a code.
     *
     * @param code the code string, not null
     * @param language the language, not null
     * @return the bundle, or empty for a code that no registered catalogue words
     */
    public static Optional<ResourceBundle> bundle(String code, Language language) {
        Entry entry = registry().get(code);
        return entry == null ? Optional.empty() : entry.catalogue.bundle(language);
    }

    /**
     * Returns the message of a code with its arguments filled in.
     *
     * @param code the finding code, not null
     * @param arguments the arguments, not null
     * @param language the language, not null
     * @return the message; for a code without one, the code followed by the arguments
     */
    public static String message(String code, List<String> arguments, Language language) {
        Optional<ResourceBundle> bundle = bundle(code, language);
        if (bundle.isPresent() && bundle.get().containsKey(code)) {
            return format(bundle.get().getString(code), arguments);
        }
        if (arguments.isEmpty()) {
            return code;
        }
        StringBuilder text = new StringBuilder(code).append(" [");
        for (int i = 0; i < arguments.size(); i++) {
            quote(arguments.get(i), text.append(i == 0 ? "" : ", "));
        }
        return text.append(']').toString();
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
        Optional<ResourceBundle> bundle = bundle(code, language);
        String key = code + HINT_SUFFIX;
        if (bundle.isPresent() && bundle.get().containsKey(key)) {
            return format(bundle.get().getString(key), arguments);
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
                    quote(arguments.get(index), text);
                    i = end + 1;
                    continue;
                }
            }
            text.append(c);
            i++;
        }
        return text.toString();
    }

    /** Characters of an argument that a message shows, at most (the rest is cut, marked "…"). */
    public static final int MAX_QUOTED = 120;

    /**
     * Appends an argument as a message shows it: on one line, each control character as its picture
     * (U+2400 + c: a line feed as "␊", a carriage return as "␍"; DEL as "␡"; the Unicode line and
     * paragraph separators and NEL as "␤"), and at most
     * {@value #MAX_QUOTED} characters, cut between grapheme clusters ({@link vn.campaign.text.Graphemes}: never inside a surrogate
     * pair or before a combining mark) and marked "…". Text from a plan can therefore neither add a line to a
     * report nor run on without end; the finding keeps the argument whole.
     */
    static void quote(String argument, StringBuilder text) {
        int cut = argument.length();
        if (argument.codePointCount(0, argument.length()) > MAX_QUOTED) {
            cut = Graphemes.boundary(argument, argument.offsetByCodePoints(0, MAX_QUOTED));
        }
        for (int i = 0; i < cut; i++) {
            char c = argument.charAt(i);
            if (c < 0x20) {
                text.append((char) (0x2400 + c));
            } else if (c == 0x7F) {
                text.append('\u2421');
            } else if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                text.append('\u2424');
            } else {
                text.append(c);
            }
        }
        if (cut < argument.length()) {
            text.append('…');
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
