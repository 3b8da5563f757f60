package dev.newsgraph.commons.problem;

import java.util.List;

/**
 * Thrown by domain and service code for a request that cannot be served; rendered as problem+json.
 * The message is shown to the caller, so it must never carry internals.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    private ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    /** Seconds after which the request may succeed, sent as {@code Retry-After}; null when retrying will not help. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The same problem, answered with {@code Retry-After: seconds}. */
    public ProblemException withRetryAfter(int seconds) {
        return new ProblemException(problem, seconds);
    }

    public static ProblemException tooManyRequests(String slug, String detail) {
        return new ProblemException(Problem.of(429, slug, "Too many requests", detail));
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(Problem.of(400, slug, "Bad request", detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail).withErrors(errors));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", detail));
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(Problem.of(409, slug, "Conflict", detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "version-mismatch", "Precondition failed", detail));
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(Problem.of(428, "precondition-required", "Precondition required", detail));
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(Problem.of(413, "payload-too-large", "Payload too large", detail));
    }

    public static ProblemException unavailable(String slug, String detail) {
        return new ProblemException(Problem.of(503, slug, "Service unavailable", detail));
    }
}
