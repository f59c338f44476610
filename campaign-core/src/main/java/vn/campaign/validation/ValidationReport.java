package vn.campaign.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.campaign.internal.validation.JsonPointers;

/**
 * The findings of one validation of a plan, in a fixed order.
 *
 * <p>The order is: severity ({@link Severity#ERROR} first), then pointer segment by segment with
 * array indexes compared as numbers ({@code /sections/2} before {@code /sections/10}, a member
 * before the members inside it), then code, then arguments. Members of one object therefore sort by
 * name, not by their place in the document; the order is total and does not depend on the order in
 * which the rules ran, so two reports of the same plan are equal.
 *
 * <p>Immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<List<String>> ARGUMENTS = (left, right) -> {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = left.get(i).compareTo(right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    };

    /** The order of the findings in a report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::pointer, JsonPointers.ORDER)
            .thenComparing(Finding::code)
            .thenComparing(Finding::arguments, ARGUMENTS);

    private static final ValidationReport EMPTY = new ValidationReport(List.of());

    private final List<Finding> findings;

    private ValidationReport(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * Returns a report of findings, sorted in {@link #ORDER}; duplicates are kept.
     *
     * @param findings the findings, not null, no null element
     * @return the report, never null
     */
    public static ValidationReport of(Collection<Finding> findings) {
        Objects.requireNonNull(findings, "findings");
        if (findings.isEmpty()) {
            return EMPTY;
        }
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            sorted.add(Objects.requireNonNull(finding, "findings element"));
        }
        sorted.sort(ORDER);
        return new ValidationReport(List.copyOf(sorted));
    }

    /**
     * Returns a report with the findings of this one and another, for an application that adds
     * findings of its own rules.
     *
     * @param more the other findings, not null, no null element
     * @return the combined report, never null
     */
    public ValidationReport with(Collection<Finding> more) {
        Objects.requireNonNull(more, "more");
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return of(all);
    }

    /**
     * Returns the findings in report order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * Returns the findings with a code, in report order.
     *
     * @param code the code, such as {@code "UNKNOWN_ACTOR"}, not null
     * @return an unmodifiable list, never null, empty if there is none
     */
    public List<Finding> findings(String code) {
        Objects.requireNonNull(code, "code");
        return findings.stream().filter(finding -> finding.code().equals(code))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns whether there is no finding at all.
     *
     * @return true if the report is empty
     */
    public boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * Returns whether a finding is an error.
     *
     * @return true if at least one finding has severity {@link Severity#ERROR}
     */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /**
     * Returns how many findings have a severity.
     *
     * @param severity the severity, not null
     * @return the count, zero or more
     */
    public int count(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        int count = 0;
        for (Finding finding : findings) {
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
    public Set<String> codes() {
        return findings.stream().map(Finding::code)
                .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new),
                        Collections::unmodifiableSortedSet));
    }

    /**
     * Returns whether another object is a report with the same findings.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ValidationReport
                && findings.equals(((ValidationReport) other).findings);
    }

    /**
     * Returns a hash code of the findings.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return findings.hashCode();
    }

    /**
     * Returns a summary and the findings, one per line, for logs and test failures:
     * {@code "ValidationReport: 0 errors, 1 warnings, 0 infos"} then
     * {@code "  WARNING PLAN_DATE_MISSING /date []"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ValidationReport: ")
                .append(count(Severity.ERROR)).append(" errors, ")
                .append(count(Severity.WARNING)).append(" warnings, ")
                .append(count(Severity.INFO)).append(" infos");
        for (Finding finding : findings) {
            text.append("\n  ").append(finding.severity()).append(' ').append(finding.code()).append(' ')
                    .append(finding.pointer().isEmpty() ? "\"\"" : finding.pointer()).append(' ')
                    .append(finding.arguments());
        }
        return text.toString();
    }
}
