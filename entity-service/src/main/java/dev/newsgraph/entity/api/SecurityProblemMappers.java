package dev.newsgraph.entity.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.newsgraph.commons.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Security refusals as problem+json: they are not WebApplicationExceptions, so the commons mappers
 * would report them as internal errors, and Quarkus alone answers them with an empty body.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(UriInfo uri) {
        return problem(Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return problem(Problem.of(403, "forbidden", "Forbidden", "The token does not grant the editor role"), uri).build();
    }

    private static Response.ResponseBuilder problem(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath()));
    }
}
