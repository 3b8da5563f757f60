package dev.newsgraph.article.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.newsgraph.commons.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Renders Quarkus security's refusals as problem+json. They are not WebApplicationExceptions, so the
 * commons mappers never see them, and Quarkus would otherwise answer 401/403 with an empty body.
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(UriInfo uri) {
        return render(Problem.of(401, "unauthorized", "Unauthorized", "A valid bearer token is required"), uri)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(UriInfo uri) {
        return render(Problem.of(403, "forbidden", "Forbidden", "The token does not grant the role this operation needs"), uri)
                .build();
    }

    private static Response.ResponseBuilder render(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(uri.getPath()));
    }
}
