package dev.newsgraph.commons.problem;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Renders every failure of a REST request as problem+json. Framework exceptions are translated to
 * messages that describe the request, never the server; unexpected ones are logged with an id that
 * the response carries, and the caller sees nothing else.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response response = render(e.problem(), uri);
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Request failed";
        String slug = title.toLowerCase().replace(' ', '-');
        return render(Problem.of(status, slug, title, describe(status, uri)), uri);
    }

    // Security refusals are not WebApplicationExceptions; without these Quarkus answers with an empty body.
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(UriInfo uri) {
        Response problem = render(Problem.of(401, "unauthorized", "Unauthorized", describe(401, uri)), uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return render(Problem.of(403, "forbidden", "Forbidden", describe(403, uri)), uri);
    }

    // The specific Jackson types are listed so that this wins over framework mappers registered for them.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, MismatchedInputException.class })
    public Response json(JsonProcessingException e, UriInfo uri) {
        return render(JsonProblems.of(e), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return render(Problem.of(400, "invalid-request", "Invalid request", detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(render(DatabaseUnavailable.problem(), uri))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        if (StatementTimeout.isCauseOf(e)) {
            LOG.warnf("Statement timeout on %s: %s", uri.getPath(), e.toString());
            return Response.fromResponse(render(StatementTimeout.problem(), uri))
                    .header(HttpHeaders.RETRY_AFTER, StatementTimeout.RETRY_AFTER_SECONDS).build();
        }
        if (RefusedValue.isCauseOf(e)) {
            LOG.warnf(e, "Database refused a value of a request on %s (validation missed it)", uri.getPath());
            return render(RefusedValue.problem(), uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return render(Problem.of(500, "internal-error", "Internal server error",
                "The server could not complete the request; error id " + errorId).withErrorId(errorId), uri);
    }

    private static String describe(int status, UriInfo uri) {
        return switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "This media type is not supported on " + uri.getPath();
            case 401 -> "A valid bearer token is required";
            case 403 -> "The token does not grant the editor role this operation needs";
            default -> "The request could not be processed";
        };
    }

    private static String field(ConstraintViolation<?> violation) {
        // "method.arg0.headline" -> "headline": callers know their fields, not our method names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }

    static Response render(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath()))
                .build();
    }
}
