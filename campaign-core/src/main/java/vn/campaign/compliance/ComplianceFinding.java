package vn.campaign.compliance;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import vn.campaign.validation.Finding;
import vn.campaign.validation.ValidationReport;

/**
 * A {@link Finding} of the compliance check with the file it is in and, where it derives from the
 * parent plan, the parent's file and the JSON Pointer of the parent element.
 *
 * <p>The finding's own pointer is into the plan of {@link #file()}; {@link #parentPointer()} is into
 * the plan of {@link #parentFile()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file of the plan the finding is in; not null
 * @param finding the finding: code, severity, pointer and message arguments; not null
 * @param parentFile the file of the parent plan it derives from; not null, may be empty
 * @param parentPointer the JSON Pointer of the parent element it derives from; not null, may be
 *     empty
 */
public record ComplianceFinding(String file, Finding finding, Optional<String> parentFile,
        Optional<String> parentPointer) {

    /** The order in a report: file, then {@link ValidationReport#ORDER}, then the parent pointer. */
    public static final Comparator<ComplianceFinding> ORDER = Comparator.comparing(ComplianceFinding::file)
            .thenComparing(ComplianceFinding::finding, ValidationReport.ORDER)
            .thenComparing(f -> f.parentPointer().orElse(""));

    /** Checks that nothing is null. */
    public ComplianceFinding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(parentFile, "parentFile");
        Objects.requireNonNull(parentPointer, "parentPointer");
    }

    /**
     * Returns the code of the finding.
     *
     * @return the code, never null
     */
    public String code() {
        return finding.code();
    }

    /**
     * Returns the JSON Pointer of the finding in its own file.
     *
     * @return the pointer, never null
     */
    public String pointer() {
        return finding.pointer();
    }

    /**
     * Returns one line for logs and expected-report files:
     * {@code "ERROR PARENT_TASK_NOT_COVERED kon-ray-2024.json#/sections <- kh-457.json#/sections/1/tasks/0 [a, b]"}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(finding.severity()).append(' ').append(finding.code())
                .append(' ').append(file).append('#').append(finding.pointer());
        if (parentPointer.isPresent()) {
            text.append(" <- ").append(parentFile.orElse("")).append('#').append(parentPointer.get());
        }
        return text.append(' ').append(finding.arguments()).toString();
    }
}
