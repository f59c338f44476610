package vn.campaign.test;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import vn.campaign.finding.Finding;
import vn.campaign.finding.PlanPointer;
import vn.campaign.finding.Severity;

/**
 * Assertions on the findings of one code, of any check: where they are, their severity, the parent
 * element they derive from. Each method narrows the findings to those that match, so that
 * {@code hasFinding("X").at("/a").withSeverity(ERROR)} needs one finding with both.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 *
 * @since 0.1
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<Finding>> {

    private final String code;

    FindingAssert(List<Finding> actual, String code) {
        super(actual, FindingAssert.class);
        this.code = code;
    }

    private FindingAssert narrow(List<Finding> matching, String what, Object expected) {
        if (matching.isEmpty()) {
            failWithMessage("Expected a finding %s %s %s, but found:%n%s", code, what, expected,
                    actual.stream().map(Finding::toString).collect(Collectors.joining("\n")));
        }
        return new FindingAssert(matching, code);
    }

    /**
     * Verifies that a finding is at a JSON Pointer (in its own plan).
     *
     * @param pointer the pointer as RFC 6901 writes it, such as {@code "/sections"}, not null
     * @return an assertion on the findings there
     */
    public FindingAssert at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(actual.stream().filter(f -> f.pointer().toString().equals(pointer)).toList(), "at", pointer);
    }

    /**
     * Verifies that a finding is at a pointer (in its own plan).
     *
     * @param pointer the pointer, not null
     * @return an assertion on the findings there
     */
    public FindingAssert at(PlanPointer pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(actual.stream().filter(f -> f.pointer().equals(pointer)).toList(), "at", pointer);
    }

    /**
     * Verifies that a finding is in the plan of a file.
     *
     * @param file the file name as the check was given it, not null
     * @return an assertion on the findings in that file
     */
    public FindingAssert inFile(String file) {
        Objects.requireNonNull(file, "file");
        return narrow(actual.stream().filter(f -> f.file().equals(Optional.of(file))).toList(), "in file", file);
    }

    /**
     * Verifies that a finding derives from an element of the parent plan.
     *
     * @param parentPointer the parent's JSON Pointer, not null
     * @return an assertion on those findings
     */
    public FindingAssert fromParent(String parentPointer) {
        Objects.requireNonNull(parentPointer, "parentPointer");
        return narrow(actual.stream().filter(f -> f.parentPointer().map(PlanPointer::toString)
                .equals(Optional.of(parentPointer))).toList(), "derived from parent", parentPointer);
    }

    /**
     * Verifies that a finding has a severity.
     *
     * @param severity the severity, not null
     * @return an assertion on those findings
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(actual.stream().filter(f -> f.severity() == severity).toList(), "with severity", severity);
    }

    /**
     * Verifies that a finding has these message arguments.
     *
     * @param arguments the arguments, in order, not null
     * @return an assertion on those findings
     */
    public FindingAssert withArguments(String... arguments) {
        List<String> expected = List.of(arguments);
        return narrow(actual.stream().filter(f -> f.arguments().equals(expected)).toList(), "with arguments",
                expected);
    }
}
