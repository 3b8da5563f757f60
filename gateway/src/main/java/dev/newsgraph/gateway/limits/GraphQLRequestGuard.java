package dev.newsgraph.gateway.limits;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.gateway.trusted.TrustedDocuments;
import io.quarkus.security.AuthenticationFailedException;
import dev.newsgraph.gateway.trusted.TrustedDocumentsConfig;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Runs {@link OperationAdmission} on every GraphQL request over HTTP before SmallRye GraphQL sees it:
 * refuses oversized bodies unread, refuses queries over the limits or (in trusted documents mode) not
 * registered, and substitutes the registered text when a client sends only a document's hash.
 * WebSocket upgrades (subscriptions) pass untouched.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);

    @Inject
    LimitsConfig limits;

    @Inject
    TrustedDocumentsConfig trustedConfig;

    private OperationAdmission admission;

    void install(@Observes Router router) {
        TrustedDocuments trusted = trustedConfig.manifest().map(TrustedDocuments::fromManifest).orElse(TrustedDocuments.none());
        if (trustedConfig.enabled()) {
            LOG.infof("Trusted documents mode: %d registered operations", trusted.size());
        }
        admission = new OperationAdmission(limits, trustedConfig.enabled(), trusted);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxRequestBytes());
        router.route("/graphql").order(-100).handler(ctx -> {
            if (isWebSocketUpgrade(ctx)) {
                ctx.next();
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > limits.maxRequestBytes()) {
                refuse(ctx, 413, admission.tooLarge(parse(length)));
                return;
            }
            body.handle(ctx);
        });
        router.route("/graphql").order(-99).handler(this::admit);
        router.route("/graphql").failureHandler(GraphQLRequestGuard::refuseBadToken);
    }

    /**
     * A bearer token that fails verification (expired, signed by an unknown key) refuses the whole
     * request with 401, as HTTP requires; the body still speaks GraphQL so clients can branch on the code.
     */
    private static void refuseBadToken(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException && !ctx.response().headWritten()) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            refuse(ctx, 401, OperationAdmission.Rejection.of("UNAUTHENTICATED", "The bearer token is invalid or expired"));
        } else {
            ctx.next();
        }
    }

    private void admit(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        if (ctx.request().method() == HttpMethod.GET) {
            admitGet(ctx);
        } else if (ctx.request().method() == HttpMethod.POST) {
            admitPost(ctx);
        } else {
            ctx.next();
        }
    }

    private void admitGet(RoutingContext ctx) {
        String hash = persistedHash(parseJson(ctx.queryParams().get("extensions")));
        OperationAdmission.Decision decision = admission.admit(ctx.queryParams().get("query"), hash);
        if (!decision.admitted()) {
            refuse(ctx, 400, decision.rejection());
        } else {
            if (decision.query() != null && ctx.queryParams().get("query") == null) {
                ctx.queryParams().set("query", decision.query());
            }
            ctx.next();
        }
    }

    private void admitPost(RoutingContext ctx) {
        String contentType = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && contentType.startsWith("application/graphql")) {
            OperationAdmission.Decision decision = admission.admit(ctx.body().asString(), null);
            if (decision.admitted()) {
                ctx.next();
            } else {
                refuse(ctx, 400, decision.rejection());
            }
            return;
        }
        JsonObject request = parseJson(ctx.body().asString());
        if (request == null) {
            // not a JSON object: SmallRye GraphQL answers that as a malformed request
            ctx.next();
            return;
        }
        String query = request.getValue("query") instanceof String q ? q : null;
        OperationAdmission.Decision decision = admission.admit(query, persistedHash(request.getJsonObject("extensions")));
        if (!decision.admitted()) {
            refuse(ctx, 400, decision.rejection());
            return;
        }
        if (decision.query() != null && !decision.query().equals(query)) {
            ctx.setBody(Buffer.buffer(request.put("query", decision.query()).encode()));
        }
        ctx.next();
    }

    private static String persistedHash(Object extensions) {
        if (extensions instanceof JsonObject json && json.getValue("persistedQuery") instanceof JsonObject persisted
                && persisted.getValue("sha256Hash") instanceof String hash) {
            return hash;
        }
        return null;
    }

    private static JsonObject parseJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new JsonObject(text);
        } catch (DecodeException | ClassCastException notAnObject) {
            return null;
        }
    }

    private static boolean isWebSocketUpgrade(RoutingContext ctx) {
        String upgrade = ctx.request().getHeader(HttpHeaders.UPGRADE);
        return upgrade != null && upgrade.equalsIgnoreCase("websocket");
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException malformed) {
            return 0;
        }
    }

    private static void refuse(RoutingContext ctx, int status, OperationAdmission.Rejection rejection) {
        JsonObject error = new JsonObject(Map.of("message", rejection.message(), "extensions", new JsonObject(rejection.extensions())));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(new JsonObject().put("errors", List.of(error)).encode());
    }
}
