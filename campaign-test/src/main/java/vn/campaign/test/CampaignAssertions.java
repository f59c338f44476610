package vn.campaign.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import vn.campaign.compliance.NamedPlan;
import vn.campaign.finding.Report;
import vn.campaign.model.Plan;

/**
 * Entry points of the kit's assertions, to import statically beside AssertJ's:
 *
 * <pre>
 * import static vn.campaign.test.CampaignAssertions.*;
 *
 * assertThat(plan("plans/huyen-2024.json")).isValid().compliesWith(plan("plans/tinh-2024.json"));
 * assertThat(plan("plans/huyen-2024.json")).checkedAgainst(plan("plans/tinh-2024.json"))
 *         .hasFinding("PARENT_TASK_NOT_COVERED").fromParent("/sections/0/tasks/4");
 * </pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class CampaignAssertions {

    private CampaignAssertions() {
    }

    /**
     * Starts assertions on a plan.
     *
     * @param actual the plan, may be null (the assertion then fails)
     * @return the assertion, never null
     */
    public static PlanAssert assertThat(Plan actual) {
        return new PlanAssert(actual, "plan");
    }

    /**
     * Starts assertions on a plan read from a file; the file name appears in failure messages.
     *
     * @param actual the plan with its file name, may be null
     * @return the assertion, never null
     */
    public static PlanAssert assertThat(NamedPlan actual) {
        return new PlanAssert(actual == null ? null : actual.plan(), actual == null ? "plan" : actual.file());
    }

    /**
     * Starts assertions on a report: of a validation, a compliance check or an import.
     *
     * @param actual the report, may be null
     * @return the assertion, never null
     */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }

    /**
     * Reads a plan file, for a one-line test.
     *
     * @param file the path of a plan JSON file, not null
     * @return the plan with its file name, never null
     * @throws UncheckedIOException if the file cannot be read or is not a plan; the cause is a
     *     {@code PlanReadException} with line, column and JSON Pointer
     */
    public static NamedPlan plan(String file) {
        Objects.requireNonNull(file, "file");
        try {
            return new NamedPlan(file, Shared.JSON.read(Path.of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
