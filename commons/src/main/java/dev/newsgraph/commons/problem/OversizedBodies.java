package dev.newsgraph.commons.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a
 * problem+json 413 {@code payload-too-large}, unread. Quarkus refuses such a request itself, but with an
 * empty body that clients cannot branch on; this route runs just before Quarkus's own.
 */
@ApplicationScoped
public class OversizedBodies {

    /** Quarkus's body size route has order -2 (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT). */
    private static final int BEFORE_QUARKUS_LIMIT = -3;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper mapper;

    void install(@Observes Router router) {
        maxBodySize.ifPresent(max -> router.route().order(BEFORE_QUARKUS_LIMIT).handler(ctx -> refuseOver(ctx, max.asLongValue())));
    }

    private void refuseOver(RoutingContext ctx, long max) {
        long declared = declaredLength(ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= max) {
            ctx.next();
            return;
        }
        Problem problem = Problem.of(413, "payload-too-large", "Payload too large",
                "The body is " + declared + " bytes; the limit is " + max + " bytes").withInstance(ctx.request().path());
        try {
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }

    private static long declaredLength(String contentLength) {
        try {
            return contentLength == null ? -1 : Long.parseLong(contentLength.strip());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
