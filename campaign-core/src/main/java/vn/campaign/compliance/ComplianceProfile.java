package vn.campaign.compliance;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import vn.campaign.finding.Severity;

/**
 * A profile of the compliance check, like a checkstyle configuration: which rules are off and which
 * codes have another severity.
 *
 * <p>A profile is read from a small properties file (UTF-8):
 *
 * <pre>
 * name=province-strict
 * rule.reviews=off
 * severity.FESTIVAL_AFTER_NATIONAL_DAY=ERROR
 * severity.REPORT_NOT_TO_PARENT_ISSUER=INFO
 * </pre>
 *
 * <p>Keys are {@code name}, {@code rule.ID} with value {@code on} or {@code off}, and
 * {@code severity.CODE} with value {@code ERROR}, {@code WARNING}, {@code INFO} or {@code off}
 * (drops findings of the code). Any other key is an error, a blank ID or CODE included, so that a
 * typing mistake is not silently ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplianceProfile {

    /** The default profile: every rule on, every code at its default severity. */
    public static final ComplianceProfile DEFAULT = new ComplianceProfile("default", Set.of(), Map.of());

    private final String name;
    private final Set<String> disabledRules;
    private final Map<String, Optional<Severity>> severities;

    private ComplianceProfile(String name, Set<String> disabledRules, Map<String, Optional<Severity>> severities) {
        this.name = name;
        this.disabledRules = disabledRules;
        this.severities = severities;
    }

    /**
     * Reads a profile from properties text.
     *
     * @param reader the text, not null; not closed
     * @return the profile, never null
     * @throws IOException if the text cannot be read
     * @throws IllegalArgumentException if a key or a value is not one of those described above
     */
    public static ComplianceProfile read(Reader reader) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Properties properties = new Properties();
        properties.load(reader);
        String name = "custom";
        Set<String> disabled = new TreeSet<>();
        Map<String, Optional<Severity>> severities = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            String value = properties.getProperty(key).trim();
            if (key.equals("name")) {
                name = value;
            } else if (key.startsWith("rule.") && !key.substring(5).isBlank()) {
                if (value.equalsIgnoreCase("off")) {
                    disabled.add(key.substring(5));
                } else if (!value.equalsIgnoreCase("on")) {
                    throw new IllegalArgumentException("Profile key " + key + ": expected on or off, found " + value);
                }
            } else if (key.startsWith("severity.") && !key.substring(9).isBlank()) {
                severities.put(key.substring(9), severity(key, value));
            } else {
                throw new IllegalArgumentException("Unknown profile key " + key
                        + " (expected name, rule.ID or severity.CODE)");
            }
        }
        return new ComplianceProfile(name, Collections.unmodifiableSet(disabled),
                Collections.unmodifiableMap(severities));
    }

    private static Optional<Severity> severity(String key, String value) {
        if (value.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Profile key " + key + ": expected ERROR, WARNING, INFO or off, found "
                    + value, e);
        }
    }

    /**
     * Returns the name of the profile, recorded in each report.
     *
     * @return the name, never null
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether a rule is on.
     *
     * @param ruleId the rule id, not null
     * @return false if the profile turns it off
     */
    public boolean isEnabled(String ruleId) {
        return !disabledRules.contains(Objects.requireNonNull(ruleId, "ruleId"));
    }

    /**
     * Returns the severity a finding gets under this profile.
     *
     * @param code the finding code, not null
     * @param severity the severity the rule gave, not null
     * @return the severity to report, or empty to drop the finding
     */
    public Optional<Severity> severity(String code, Severity severity) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Optional<Severity> changed = severities.get(code);
        return changed == null ? Optional.of(severity) : changed;
    }

    /**
     * Returns this profile with one code at another severity, as the line {@code severity.CODE=…}
     * would set it: {@code withSeverity("PARENT_NOT_FOUND", Severity.ERROR)} makes a plan whose parent
     * is not in the set an error.
     *
     * @param code the finding code, not null, not blank
     * @param severity the severity, not null
     * @return the changed profile, never null; this profile is unchanged
     * @throws IllegalArgumentException if the code is blank
     */
    public ComplianceProfile withSeverity(String code, Severity severity) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A finding code must not be blank");
        }
        Map<String, Optional<Severity>> changed = new HashMap<>(severities);
        changed.put(code, Optional.of(severity));
        return new ComplianceProfile(name, disabledRules, Map.copyOf(changed));
    }

    /**
     * Returns a short description, for logs.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "ComplianceProfile[" + name + ", off=" + disabledRules + ", severities=" + severities + "]";
    }
}
