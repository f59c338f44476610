package vn.campaign.spring;

import java.util.Objects;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import vn.campaign.finding.Report;
import vn.campaign.model.Language;

/**
 * A plan the application refuses because of its findings, thrown from a controller to answer with
 * an RFC 9457 problem (422, {@link PlanProblems#invalid(Report, Language)}):
 *
 * <pre>{@code
 * @PostMapping("/plans")
 * ValidationReport submit(@RequestBody Plan plan) {
 *     return PlanRejectedException.requireNoErrors(validator.validate(plan));
 * }
 * }</pre>
 *
 * <p>It is Spring's {@link ErrorResponseException}, so Spring MVC answers with its problem by
 * itself where problem details are on; elsewhere {@link PlanProblemHandler} does, with the language
 * of {@code campaign.language}. Immutable.
 *
 * @since 0.1
 */
public class PlanRejectedException extends ErrorResponseException {

    private static final long serialVersionUID = 1L;

    /** The report behind the refusal; reports are immutable but not serializable. */
    private final transient Report report;

    /**
     * Creates the exception with a Vietnamese problem.
     *
     * @param report the report with the findings, not null
     */
    public PlanRejectedException(Report report) {
        this(report, Language.VI);
    }

    /**
     * Creates the exception.
     *
     * @param report the report with the findings, not null
     * @param language the language of the problem's title and detail, not null
     */
    public PlanRejectedException(Report report, Language language) {
        super(HttpStatusCode.valueOf(422), PlanProblems.invalid(report, language), null);
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * Returns a report if it has no finding of severity ERROR, else throws.
     *
     * @param <R> the type of report
     * @param report the report, not null
     * @return the report, without errors
     * @throws PlanRejectedException if the report has errors
     */
    public static <R extends Report> R requireNoErrors(R report) {
        Objects.requireNonNull(report, "report");
        if (report.hasErrors()) {
            throw new PlanRejectedException(report);
        }
        return report;
    }

    /**
     * Returns the report behind the refusal.
     *
     * @return the report, never null
     */
    public Report report() {
        return report;
    }
}
