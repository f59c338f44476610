package vn.campaign.spring;

import java.util.Objects;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.campaign.model.Language;

/**
 * Answers with RFC 9457 problems ({@code application/problem+json}) where a plan fails in a Spring
 * MVC application: a request body that is not a plan (400, with the read error's code, line,
 * column and pointer) and a {@link PlanRejectedException} (422, with the findings).
 *
 * <p>It runs before the application's own handlers of {@link HttpMessageNotReadableException}, so
 * that a plan's read error is never reduced to "Failed to read request"; any other unreadable body
 * gets the problem Spring's own {@code ResponseEntityExceptionHandler} gives (400, "Failed to read
 * request"). Switch it off with {@code campaign.problem-responses=false}, or declare a bean of this
 * type, and use {@link PlanProblems} in handlers of your own. Immutable and thread-safe.
 *
 * @since 0.1
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PlanProblemHandler {

    private final Language language;

    /**
     * Creates the handler.
     *
     * @param language the language of the problems' titles and details, not null
     */
    public PlanProblemHandler(Language language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    /**
     * Answers a rejected plan: 422 with its findings.
     *
     * @param e the refusal, not null
     * @return the problem response, never null
     */
    @ExceptionHandler(PlanRejectedException.class)
    public ResponseEntity<ProblemDetail> rejected(PlanRejectedException e) {
        return respond(PlanProblems.invalid(e.report(), language));
    }

    /**
     * Answers a request body that cannot be read: 400, with the read error of the plan if there is one.
     *
     * @param e the failure, not null
     * @return the problem response, never null
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return respond(PlanProblems.unreadable(e, language)
                .orElseGet(() -> ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Failed to read request")));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
