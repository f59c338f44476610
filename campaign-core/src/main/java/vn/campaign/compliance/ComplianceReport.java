package vn.campaign.compliance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Report;
import vn.campaign.finding.Severity;
import vn.campaign.validation.ValidationReport;

/**
 * The findings of one compliance check, with what produced them: the files checked, the rules that
 * ran, the profile, and the version of the rule data (hierarchies and funding rules).
 *
 * <p>Each finding has its {@linkplain Finding#file() file} and, where it derives from the parent plan,
 * the parent's {@linkplain Finding#parentFile() file} and the {@linkplain Finding#parentPointer()
 * pointer} of the parent element. Findings are in {@link #ORDER}, so two checks of the same plans give
 * equal reports. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ComplianceReport implements Report {

    /** The order of the findings in a report: file, then {@link ValidationReport#ORDER}, then the parent pointer. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().orElse(""))
            .thenComparing(ValidationReport.ORDER)
            .thenComparing(f -> f.parentPointer().map(PlanPointer::toString).orElse(""));

    private final List<Finding> findings;
    private final List<String> files;
    private final List<String> ruleIds;
    private final String ruleDataVersion;
    private final String profile;

    private ComplianceReport(List<Finding> findings, List<String> files, List<String> ruleIds,
            String ruleDataVersion, String profile) {
        this.findings = findings;
        this.files = files;
        this.ruleIds = ruleIds;
        this.ruleDataVersion = ruleDataVersion;
        this.profile = profile;
    }

    /**
     * Returns a report.
     *
     * @param findings the findings, not null, no null element, each with its file; sorted here
     * @param files the files checked, in order, not null, no null element
     * @param ruleIds the ids of the rules that ran, in order, not null, no null element
     * @param ruleDataVersion the version of the rule data, not null
     * @param profile the name of the profile, not null
     * @return the report, never null
     */
    public static ComplianceReport of(Collection<Finding> findings, List<String> files, List<String> ruleIds,
            String ruleDataVersion, String profile) {
        List<Finding> sorted = new ArrayList<>(Objects.requireNonNull(findings, "findings"));
        sorted.forEach(finding -> Objects.requireNonNull(finding, "findings element"));
        sorted.sort(ORDER);
        return new ComplianceReport(List.copyOf(sorted), copy(files, "files"), copy(ruleIds, "ruleIds"),
                Objects.requireNonNull(ruleDataVersion, "ruleDataVersion"), Objects.requireNonNull(profile, "profile"));
    }

    private static List<String> copy(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        values.forEach(value -> Objects.requireNonNull(value, name + " element"));
        return List.copyOf(values);
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
     * Returns the findings in one file.
     *
     * @param file the file name as in {@link NamedPlan#file()}, not null
     * @return an unmodifiable list in report order, never null
     */
    public List<Finding> findingsIn(String file) {
        Objects.requireNonNull(file, "file");
        Optional<String> in = Optional.of(file);
        return findings.stream().filter(f -> f.file().equals(in)).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the files checked, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> files() {
        return files;
    }

    /**
     * Returns the ids of the rules that ran, in order.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Returns the version of the rule data the built-in rules used ({@link ComplianceChecker#RULE_DATA_VERSION}).
     *
     * @return the version, never null
     */
    public String ruleDataVersion() {
        return ruleDataVersion;
    }

    /**
     * Returns the name of the profile.
     *
     * @return the name, never null
     */
    public String profile() {
        return profile;
    }

    /**
     * Returns whether another object is a report with the same findings, files, rules, data version
     * and profile.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ComplianceReport)) {
            return false;
        }
        ComplianceReport that = (ComplianceReport) other;
        return findings.equals(that.findings) && files.equals(that.files) && ruleIds.equals(that.ruleIds)
                && ruleDataVersion.equals(that.ruleDataVersion) && profile.equals(that.profile);
    }

    /**
     * Returns a hash code of the content.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(findings, files, ruleIds, ruleDataVersion, profile);
    }

    /**
     * Returns a summary and the findings, one per line ({@link Finding#toString()}).
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("ComplianceReport: ").append(count(Severity.ERROR)).append(" errors, ")
                .append(count(Severity.WARNING)).append(" warnings, ").append(count(Severity.INFO))
                .append(" infos; rules ").append(ruleIds).append(", data ").append(ruleDataVersion)
                .append(", profile ").append(profile);
        for (Finding finding : findings) {
            text.append("\n  ").append(finding);
        }
        return text.toString();
    }
}
