package dev.newsgraph.gateway.errors;

import java.util.List;
import java.util.Locale;

import dev.newsgraph.commons.problem.Problem;

/**
 * A service answered a request with a 4xx problem: the request itself was wrong (as opposed to the
 * service being unavailable). Never retried; reads turn it into a GraphQL error, writes into user errors.
 */
public class ServiceRejection extends RuntimeException {

    private final int status;
    private final Problem problem;

    public ServiceRejection(int status, Problem problem) {
        super(problem == null ? "HTTP " + status : problem.detail(), null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The problem's slug as an upper-case code, e.g. {@code version-mismatch} becomes {@code VERSION_MISMATCH}. */
    public String code() {
        String slug = problem == null || problem.type() == null ? "status-" + status : problem.slug();
        return slug.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public String detail() {
        if (problem != null && problem.detail() != null) {
            return problem.detail();
        }
        return problem != null && problem.title() != null ? problem.title() : "The request was rejected (HTTP " + status + ")";
    }

    /**
     * The problem as user errors: one per invalid field (prefixed with {@code fieldPrefix}), or one
     * for the whole input when the service named no field.
     */
    public List<UserError> toUserErrors(String fieldPrefix) {
        if (problem != null && problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors().stream()
                    .map(e -> new UserError(e.field() == null ? null : fieldPrefix + e.field(), e.message(), code()))
                    .toList();
        }
        return List.of(new UserError(null, detail(), code()));
    }

    /** This rejection as the GraphQL error a read reports. */
    public GatewayError toReadError() {
        return switch (status) {
            case 404, 410 -> new NotFoundError(detail());
            case 401 -> new UnauthenticatedError();
            case 403 -> new ForbiddenError();
            default -> new BadUserInputError(detail());
        };
    }
}
