package vn.campaign.test;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import vn.campaign.compliance.ComplianceFinding;
import vn.campaign.validation.Severity;

/**
 * Assertions on the findings of one code: where they are, their severity, the parent element they
 * derive from. Each method narrows the findings to those that match, so that
 * {@code hasFinding("X").at("/a").withSeverity(ERROR)} needs one finding with both.
 *
 * <p>Not thread-safe, like every AssertJ assertion.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, List<ComplianceFinding>> {

    private final String code;

    FindingAssert(List<ComplianceFinding> actual, String code) {
        super(actual, FindingAssert.class);
        this.code = code;
    }

    private FindingAssert narrow(List<ComplianceFinding> matching, String what, Object expected) {
        if (matching.isEmpty()) {
            failWithMessage("Expected a finding %s %s %s, but found:%n%s", code, what, expected,
                    actual.stream().map(ComplianceFinding::toString).collect(Collectors.joining("\n")));
        }
        return new FindingAssert(matching, code);
    }

    /**
     * Verifies that a finding is at a JSON Pointer (in its own plan).
     *
     * @param pointer the pointer, such as {@code "/sections"}, not null
     * @return an assertion on the findings there
     */
    public FindingAssert at(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return narrow(actual.stream().filter(f -> f.pointer().equals(pointer)).toList(), "at", pointer);
    }

    /**
     * Verifies that a finding derives from an element of the parent plan.
     *
     * @param parentPointer the parent's JSON Pointer, not null
     * @return an assertion on those findings
     */
    public FindingAssert fromParent(String parentPointer) {
        Objects.requireNonNull(parentPointer, "parentPointer");
        return narrow(actual.stream().filter(f -> f.parentPointer().equals(Optional.of(parentPointer))).toList(),
                "derived from parent", parentPointer);
    }

    /**
     * Verifies that a finding has a severity.
     *
     * @param severity the severity, not null
     * @return an assertion on those findings
     */
    public FindingAssert withSeverity(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        return narrow(actual.stream().filter(f -> f.finding().severity() == severity).toList(), "with severity",
                severity);
    }

    /**
     * Verifies that a finding has these message arguments.
     *
     * @param arguments the arguments, in order, not null
     * @return an assertion on those findings
     */
    public FindingAssert withArguments(String... arguments) {
        List<String> expected = List.of(arguments);
        return narrow(actual.stream().filter(f -> f.finding().arguments().equals(expected)).toList(),
                "with arguments", expected);
    }
}
