package vn.campaign.finding;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the reports of every check have in common: findings in the report's order, and questions about
 * them. Implemented by {@code ValidationReport}, {@code ComplianceReport} and the importer's
 * {@code ImportReport}.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface Report {

    /**
     * Returns the findings in report order.
     *
     * @return an unmodifiable list, never null
     */
    List<Finding> findings();

    /**
     * Returns the findings with a code, in report order.
     *
     * @param code the code, such as {@code "UNKNOWN_ACTOR"}, not null
     * @return an unmodifiable list, never null, empty if there is none
     */
    default List<Finding> findings(String code) {
        Objects.requireNonNull(code, "code");
        return findings().stream().filter(finding -> finding.code().equals(code))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns whether there is no finding at all.
     *
     * @return true if the report is empty
     */
    default boolean isEmpty() {
        return findings().isEmpty();
    }

    /**
     * Returns whether a finding is an error.
     *
     * @return true if at least one finding has severity {@link Severity#ERROR}
     */
    default boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Returns how many findings have a severity.
     *
     * @param severity the severity, not null
     * @return the count, zero or more
     */
    default int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        int count = 0;
        for (Finding finding : findings()) {
            if (finding.severity() == severity) {
                count++;
            }
        }
        return count;
    }

    /**
     * Returns the codes of the findings, each once, in alphabetical order.
     *
     * @return an unmodifiable sorted set, never null
     */
    default Set<String> codes() {
        return findings().stream().map(Finding::code)
                .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
                        Collections::unmodifiableSortedSet));
    }
}
