package vn.campaign.spring;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.campaign.finding.Finding;
import vn.campaign.finding.Report;
import vn.campaign.finding.Severity;
import vn.campaign.io.PlanReadException;
import vn.campaign.model.Language;

/**
 * RFC 9457 problem details for plans: one that is not valid (422, with its findings) and one that
 * cannot be read (400, with the read error's code, line, column and pointer). For applications
 * with exception handlers of their own; {@link PlanProblemHandler} uses the same.
 *
 * <pre>{@code
 * {
 *   "type": "urn:vn-campaign:problem:invalid-plan",
 *   "title": "Kế hoạch không hợp lệ",
 *   "status": 422,
 *   "detail": "Kế hoạch có 1 lỗi.",
 *   "findings": [ { "code": "…", "severity": "ERROR", "path": "/…", "message": "…" } ]
 * }
 * }</pre>
 *
 * <p>The findings are written by the application's JSON mapper, in the JSON of
 * {@code FindingsJson}, through the module the starter registers. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PlanProblems {

    /** The type of the problem of a plan that is not valid: it has findings of severity ERROR. */
    public static final URI INVALID_PLAN = URI.create("urn:vn-campaign:problem:invalid-plan");

    /** The type of the problem of a request body that is not a plan in the JSON format. */
    public static final URI UNREADABLE_PLAN = URI.create("urn:vn-campaign:problem:unreadable-plan");

    /** 422, written as a number: Spring 7 renames the constant. */
    private static final HttpStatusCode UNPROCESSABLE = HttpStatusCode.valueOf(422);

    private PlanProblems() {
    }

    /**
     * Returns the problem of a plan whose report has errors: status 422, the number of errors as the
     * detail, the findings (all of them, warnings too) as the member {@code findings}.
     *
     * @param report the report, not null
     * @param language the language of title and detail, not null
     * @return the problem, never null
     */
    public static ProblemDetail invalid(Report report, Language language) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        int errors = report.count(Severity.ERROR);
        ProblemDetail problem = ProblemDetail.forStatus(UNPROCESSABLE);
        problem.setType(INVALID_PLAN);
        problem.setTitle(language == Language.EN ? "The plan is not valid" : "Kế hoạch không hợp lệ");
        problem.setDetail(language == Language.EN ? "The plan has " + errors + (errors == 1 ? " error." : " errors.")
                : "Kế hoạch có " + errors + " lỗi.");
        problem.setProperty("findings", report.findings());
        return problem;
    }

    /**
     * Returns the problem of a request body that is not a plan, if a read error of the format is
     * behind the failure (see {@link PlanReadException#find(Throwable)}): status 400, the message of
     * the read error as the detail, and its {@code code}, {@code line}, {@code column} and
     * {@code pointer} as members, with the same as one finding in {@code findings}.
     *
     * @param failure the failure, such as Spring's {@code HttpMessageNotReadableException}, not null
     * @param language the language of title and detail, not null
     * @return the problem, or empty if no read error of the format is behind the failure
     */
    public static Optional<ProblemDetail> unreadable(Throwable failure, Language language) {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(language, "language");
        return PlanReadException.find(failure).map(e -> {
            Finding finding = e.toFinding();
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setType(UNREADABLE_PLAN);
            problem.setTitle(language == Language.EN ? "The plan cannot be read" : "Không đọc được kế hoạch");
            problem.setDetail(finding.message(language));
            problem.setProperty("code", e.code());
            problem.setProperty("line", e.line());
            problem.setProperty("column", e.column());
            problem.setProperty("pointer", e.pointer());
            problem.setProperty("findings", List.of(finding));
            return problem;
        });
    }
}
