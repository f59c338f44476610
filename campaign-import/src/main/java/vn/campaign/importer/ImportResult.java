package vn.campaign.importer;

import java.util.Objects;
import java.util.Optional;
import vn.campaign.model.Language;
import vn.campaign.model.Plan;

/**
 * What an import gives: the plan, or the reason none could be built, and always the report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the plan built from the document; not null, empty when none could be built
 * @param noPlanReason why no plan was built; not null, present exactly when {@code plan} is empty
 * @param report the findings on the source text; not null
 *
 * @since 0.1
 */
public record ImportResult(Optional<Plan> plan, Optional<NoPlanReason> noPlanReason, ImportReport report) {

    /**
     * Checks that exactly one of the plan and the reason is present.
     *
     * @param plan the plan, not null
     * @param noPlanReason the reason, not null
     * @param report the report, not null
     * @throws IllegalArgumentException if both or neither of plan and reason are present
     */
    public ImportResult {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(noPlanReason, "noPlanReason");
        Objects.requireNonNull(report, "report");
        if (plan.isPresent() == noPlanReason.isPresent()) {
            throw new IllegalArgumentException("Exactly one of plan and noPlanReason must be present");
        }
    }

    /**
     * Returns a result with a plan.
     *
     * @param plan the plan, not null
     * @param report the report, not null
     * @return the result, never null
     */
    public static ImportResult of(Plan plan, ImportReport report) {
        return new ImportResult(Optional.of(Objects.requireNonNull(plan, "plan")), Optional.empty(), report);
    }

    /**
     * Returns a result without a plan.
     *
     * @param reason why no plan was built, not null
     * @param report the report, not null
     * @return the result, never null
     */
    public static ImportResult noPlan(NoPlanReason reason, ImportReport report) {
        return new ImportResult(Optional.empty(), Optional.of(Objects.requireNonNull(reason, "reason")), report);
    }

    /**
     * Returns whether the import is complete: a plan was built and no source text was left unmapped.
     * Guesses and defaults do not make an import incomplete; they are in the report to be checked.
     *
     * @return true if a plan is present and the report has no UNMAPPED finding
     */
    public boolean isComplete() {
        return plan.isPresent() && !report.hasUnmapped();
    }

    /**
     * Returns the report as text, preceded by the reason when no plan was built.
     *
     * @param language the language, not null
     * @return the text, never null
     */
    public String format(Language language) {
        Objects.requireNonNull(language, "language");
        String head = noPlanReason.map(reason -> (language == Language.VI ? "Không tạo được kế hoạch: "
                : "No plan was built: ") + reason.label(language) + " [" + reason.code() + "]\n").orElse("");
        return head + report.format(language);
    }
}
