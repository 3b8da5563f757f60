package dev.newsgraph.gateway.limits;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
 * refuses oversized bodies unread, refuses what is not a GraphQL request (wrong media type, not UTF-8,
 * not a JSON object of the GraphQL-over-HTTP members) with {@code BAD_REQUEST}, refuses queries that do
 * not parse, are over the limits or (in trusted documents mode) not registered, and substitutes the
 * registered text when a client sends only a document's hash.
 * WebSocket upgrades (subscriptions) pass untouched.
 */
@ApplicationScoped
public class GraphQLRequestGuard {

    private static final Logger LOG = Logger.getLogger(GraphQLRequestGuard.class);
    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql";

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
        for (String member : new String[] { "variables", "extensions" }) {
            String value = ctx.queryParams().get(member);
            if (value != null && !value.isBlank() && parseJson(value) == null) {
                refuse(ctx, 400, OperationAdmission.Rejection.of(OperationAdmission.BAD_REQUEST,
                        "'" + member + "' must be a JSON object, URL-encoded"));
                return;
            }
        }
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
        String mediaType = mediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!JSON.equals(mediaType) && !GRAPHQL.equals(mediaType)) {
            refuse(ctx, 415, OperationAdmission.Rejection.of(OperationAdmission.BAD_REQUEST,
                    "Send the request as application/json (or the query alone as application/graphql)"));
            return;
        }
        String body = utf8(ctx.body().buffer());
        if (body == null) {
            refuse(ctx, 400, OperationAdmission.Rejection.of(OperationAdmission.BAD_REQUEST, "The request body is not valid UTF-8"));
            return;
        }
        if (GRAPHQL.equals(mediaType)) {
            OperationAdmission.Decision decision = admission.admit(body, null);
            if (decision.admitted()) {
                ctx.next();
            } else {
                refuse(ctx, 400, decision.rejection());
            }
            return;
        }
        JsonObject request = parseJson(body);
        String malformed = request == null ? "The request body must be a JSON object such as {\"query\": \"{ articles { totalCount } }\"}"
                : malformedMember(request);
        if (malformed != null) {
            refuse(ctx, 400, OperationAdmission.Rejection.of(OperationAdmission.BAD_REQUEST, malformed));
            return;
        }
        String query = request.getString("query");
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

    /** What is wrong with the members of a GraphQL request object (GraphQL over HTTP), or null. */
    private static String malformedMember(JsonObject request) {
        if (request.containsKey("query") && !(request.getValue("query") instanceof String)) {
            return "'query' must be a string";
        }
        if (request.getValue("operationName") != null && !(request.getValue("operationName") instanceof String)) {
            return "'operationName' must be a string";
        }
        for (String member : new String[] { "variables", "extensions" }) {
            if (request.getValue(member) != null && !(request.getValue(member) instanceof JsonObject)) {
                return "'" + member + "' must be a JSON object";
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The body as text, or null when it is not valid UTF-8 (which would otherwise be silently replaced). */
    private static String utf8(Buffer body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body.getBytes())).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
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
