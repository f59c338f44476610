package vn.campaign.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.finding.Severity;

/**
 * The findings of one validation of a plan, in a fixed order.
 *
 * <p>The order is: severity ({@link Severity#ERROR} first), then pointer segment by segment with
 * array indexes compared as numbers ({@link vn.campaign.finding.PlanPointer#compareTo}) ({@code /sections/2} before {@code /sections/10}, a member
 * before the members inside it), then code, then arguments. Members of one object therefore sort by
 * name, not by their place in the document; the order is total and does not depend on the order in
 * which the rules ran, so two reports of the same plan are equal.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ValidationReport implements Report {

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
            .thenComparing(Finding::pointer)
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
    @Override
    public List<Finding> findings() {
        return findings;
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
     * {@code "  WARNING PLAN_DATE_MISSING /date []"} ({@link Finding#toString()}).
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
            text.append("\n  ").append(finding);
        }
        return text.toString();
    }
}
