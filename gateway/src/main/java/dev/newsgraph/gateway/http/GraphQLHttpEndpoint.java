package dev.newsgraph.gateway.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.commons.tracing.CurrentTrace;
import dev.newsgraph.gateway.errors.InternalErrors;
import dev.newsgraph.gateway.execution.AbandonedOperations;
import dev.newsgraph.gateway.limits.ClientBudgets;
import dev.newsgraph.gateway.limits.LimitExceeded;
import dev.newsgraph.gateway.limits.LimitsConfig;
import dev.newsgraph.gateway.limits.OperationAdmission;
import dev.newsgraph.gateway.limits.QueryCostLimits;
import dev.newsgraph.gateway.limits.OperationAdmission.Rejection;
import dev.newsgraph.gateway.observability.DownstreamCallMetrics;
import dev.newsgraph.gateway.observability.OperationMetrics;
import dev.newsgraph.gateway.observability.OperationSpan;
import dev.newsgraph.gateway.trusted.AutomaticPersistedQueries;
import dev.newsgraph.gateway.trusted.TrustedDocuments;
import dev.newsgraph.gateway.trusted.TrustedDocumentsConfig;
import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import io.opentelemetry.context.Context;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Serves GraphQL over HTTP on {@code /graphql} as the GraphQL-over-HTTP specification defines it,
 * executing through SmallRye GraphQL's public {@link ExecutionService}. Quarkus' own handler reads a
 * GET's {@code operationName} from the query text, runs mutations over GET, answers request errors
 * with 200 whatever the client accepts and cannot refuse a subscription, so this route answers every
 * GET and POST itself; WebSocket upgrades (subscriptions) pass on to SmallRye's handler.
 *
 * <ul>
 * <li>The answer's media type is negotiated from {@code Accept} ({@link ResponseMediaType}); with
 * {@code application/graphql-response+json} a request that cannot run (not parseable, not valid, over
 * a limit) answers 4xx, with {@code application/json} 200. A request that is not GraphQL over HTTP
 * (a body that is not JSON, members of the wrong type, no query) is always 400.</li>
 * <li>POST bodies are {@code application/json} (or the query alone as {@code application/graphql}),
 * UTF-8; anything else is 415. Bodies over the size limit are refused with 413 before or while they
 * are read.</li>
 * <li>Mutations are refused over GET (405), subscriptions over HTTP (they are served over WebSocket).</li>
 * <li>Admission ({@link OperationAdmission}) resolves trusted documents and automatic persisted
 * queries, and checks parse and limits before anything runs.</li>
 * <li>Answers of at least {@code compression-min-bytes} are compressed when the client accepts it.</li>
 * </ul>
 */
@ApplicationScoped
public class GraphQLHttpEndpoint {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpEndpoint.class);
    /** After authentication (-200) and authorisation (-100), before SmallRye's route. */
    private static final int ROUTE_ORDER = -90;
    private static final String JSON = "application/json";
    private static final String GRAPHQL = "application/graphql";

    @Inject
    LimitsConfig limits;

    @Inject
    TrustedDocumentsConfig trustedConfig;

    @Inject
    GraphQLHttpConfig config;

    @Inject
    Instance<ExecutionService> executionService;

    @Inject
    Instance<CurrentIdentityAssociation> identityAssociation;

    @Inject
    CurrentVertxRequest currentVertxRequest;

    @Inject
    OperationMetrics operationMetrics;

    private OperationAdmission admission;
    private ClientBudgets budgets;

    void install(@Observes Router router) {
        TrustedDocuments trusted = trustedConfig.manifest().map(TrustedDocuments::fromManifest).orElse(TrustedDocuments.none());
        if (trustedConfig.enabled()) {
            LOG.infof("Trusted documents mode: %d registered operations", trusted.size());
        }
        admission = new OperationAdmission(limits, trustedConfig.enabled(), trusted,
                new AutomaticPersistedQueries(config.persistedQueriesMaxDocuments()));
        budgets = new ClientBudgets(limits.costPerClientPerMinute(), System::nanoTime);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxRequestBytes());
        router.route("/graphql").order(ROUTE_ORDER).handler(ctx -> {
            if (isWebSocketUpgrade(ctx)) {
                ctx.next();
                return;
            }
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && parse(length) > limits.maxRequestBytes()) {
                answer(ctx, ResponseMediaType.JSON, 413, admission.tooLarge(parse(length)));
                return;
            }
            body.handle(ctx);
        });
        router.route("/graphql").order(ROUTE_ORDER + 1).handler(this::serve);
        router.route("/graphql").failureHandler(this::refuseFailure);
    }

    /**
     * A bearer token that fails verification refuses the whole request with 401, as HTTP requires; a
     * body over the limit sent without a length (chunked) is cut off with 413. Both still speak GraphQL.
     */
    private void refuseFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
        } else if (ctx.failure() instanceof AuthenticationFailedException) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            answer(ctx, ResponseMediaType.JSON, 401, Rejection.of("UNAUTHENTICATED", "The bearer token is invalid or expired"));
        } else if (ctx.statusCode() == 413) {
            answer(ctx, ResponseMediaType.JSON, 413, new Rejection("The request is over the request size limit of "
                    + limits.maxRequestBytes() + " bytes", LimitExceeded.extensions("requestBytes", limits.maxRequestBytes() + 1,
                            limits.maxRequestBytes())));
        } else {
            ctx.next();
        }
    }

    private void serve(RoutingContext ctx) {
        if (isWebSocketUpgrade(ctx)) {
            ctx.next();
            return;
        }
        ClientBudgets.Spending budget = budgets.check(client(ctx));
        if (!budget.allowed()) {
            // a client that has spent its budget (on operations, or on requests refused) waits before anything is read
            rateLimited(ctx, ResponseMediaType.JSON, budget.retryAfterSeconds());
            return;
        }
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.POST) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
            answer(ctx, ResponseMediaType.JSON, 405, Rejection.of(OperationAdmission.BAD_REQUEST, "GraphQL is served by GET and POST"));
            return;
        }
        Optional<ResponseMediaType> negotiated = ResponseMediaType.negotiate(ctx.request().getHeader(HttpHeaders.ACCEPT));
        if (negotiated.isEmpty()) {
            answer(ctx, ResponseMediaType.JSON, 406, Rejection.of(OperationAdmission.BAD_REQUEST,
                    "Accept application/graphql-response+json or application/json"));
            return;
        }
        ResponseMediaType media = negotiated.get();
        GraphQLHttpRequest request;
        try {
            request = method == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx);
        } catch (GraphQLHttpRequest.Malformed malformed) {
            answer(ctx, media, 400, Rejection.of(OperationAdmission.BAD_REQUEST, malformed.getMessage()));
            return;
        } catch (GraphQLHttpRequest.NotUnicode notUnicode) {
            answer(ctx, media, requestErrorStatus(media), Rejection.of("BAD_USER_INPUT", notUnicode.getMessage()));
            return;
        } catch (UnsupportedBody unsupported) {
            answer(ctx, media, unsupported.status, Rejection.of(OperationAdmission.BAD_REQUEST, unsupported.getMessage()));
            return;
        }
        OperationAdmission.Decision decision = admission.admit(request.query(), request.operationName(), request.persistedQueryHash());
        if (!decision.admitted()) {
            operationMetrics.rejected(decision.rejection().extensions());
            answer(ctx, media, admissionStatus(media, decision.rejection()), decision.rejection());
            return;
        }
        if (decision.kind() == OperationDefinition.Operation.SUBSCRIPTION) {
            answer(ctx, media, requestErrorStatus(media), Rejection.of(OperationAdmission.BAD_REQUEST,
                    "Subscriptions are served over WebSocket on /graphql (graphql-transport-ws), not over plain HTTP"));
            return;
        }
        if (method == HttpMethod.GET && decision.kind() == OperationDefinition.Operation.MUTATION) {
            ctx.response().putHeader(HttpHeaders.ALLOW, "POST");
            answer(ctx, media, 405, Rejection.of(OperationAdmission.BAD_REQUEST, "Mutations are sent with POST, never GET"));
            return;
        }
        OperationSpan.describe(Context.current(), ctx.currentRoute().getPath(), decision.kind(), decision.operationName());
        OperationMetrics.Measurement measurement = operationMetrics.start(decision.kind(), decision.operationName());
        DownstreamCallMetrics.attribute(measurement);
        execute(ctx, media, request.toExecutionInput(decision.query()), measurement);
    }

    private static GraphQLHttpRequest fromQueryString(RoutingContext ctx) {
        var parameters = ctx.queryParams();
        return GraphQLHttpRequest.fromParameters(parameters.get("query"), parameters.get("operationName"),
                parameters.get("variables"), parameters.get("extensions"));
    }

    /** A POST body the gateway does not read as GraphQL: wrong media type or charset. */
    private static final class UnsupportedBody extends RuntimeException {

        private final int status;

        UnsupportedBody(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private static GraphQLHttpRequest fromBody(RoutingContext ctx) {
        String mediaType = bodyMediaType(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (!JSON.equals(mediaType) && !GRAPHQL.equals(mediaType)) {
            throw new UnsupportedBody(415, "Send the request as application/json (or the query alone as application/graphql), in UTF-8");
        }
        String text = utf8(ctx.body().buffer());
        if (text == null) {
            throw new UnsupportedBody(400, "The request body is not valid UTF-8");
        }
        if (GRAPHQL.equals(mediaType)) {
            return GraphQLHttpRequest.fromParameters(text, null, null, null);
        }
        return GraphQLHttpRequest.fromJson(text);
    }

    /**
     * The body's media type when it is one the gateway reads in UTF-8, else null. Some clients (the
     * bundled GraphiQL among them) repeat the type ({@code application/json, application/json}); a
     * repetition of one type is that type.
     */
    static String bodyMediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String found = null;
        for (String value : contentType.split(",")) {
            String[] parts = value.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                    return null;
                }
            }
            if (found != null && !found.equals(type)) {
                return null;
            }
            found = type;
        }
        return found;
    }

    /**
     * A request without a usable query is no well-formed GraphQL request: 400. A persisted query the
     * gateway does not know yet answers 200, as Apollo's link expects: it stops using persisted
     * queries for good after a 4xx. Anything else (a document that does not parse, is over a limit,
     * is not registered) is a request error of a well-formed request.
     */
    private static int admissionStatus(ResponseMediaType media, Rejection rejection) {
        Object code = rejection.extensions().get("code");
        if (OperationAdmission.BAD_REQUEST.equals(code)) {
            return 400;
        }
        return OperationAdmission.PERSISTED_QUERY_NOT_FOUND.equals(code) ? 200 : requestErrorStatus(media);
    }

    private static int requestErrorStatus(ResponseMediaType media) {
        return media.statusReportsRequestErrors() ? 400 : 200;
    }

    private void execute(RoutingContext ctx, ResponseMediaType media, jakarta.json.JsonObject input, OperationMetrics.Measurement measurement) {
        // the request scope and caller identity SmallRye's resolvers run in, as Quarkus' own handler sets them up
        ManagedContext requestContext = Arc.container().requestContext();
        AtomicBoolean abandoned = new AtomicBoolean();
        ctx.response().endHandler(v -> terminate(requestContext)).exceptionHandler(e -> terminate(requestContext))
                .closeHandler(v -> {
                    // the connection closed before the answer was written: the client has gone
                    abandoned.set(true);
                    terminate(requestContext);
                });
        if (!requestContext.isActive()) {
            requestContext.activate();
        }
        try {
            if (identityAssociation.isResolvable()) {
                QuarkusHttpUser user = (QuarkusHttpUser) ctx.user();
                if (user != null) {
                    identityAssociation.get().setIdentity(user.getSecurityIdentity());
                } else {
                    identityAssociation.get().setIdentity(QuarkusHttpUser.getSecurityIdentity(ctx, null));
                }
            }
            currentVertxRequest.setCurrent(ctx);
            Map<String, Object> metadata = new ConcurrentHashMap<>();
            metadata.put("runBlocking", false);
            metadata.put("httpHeaders", headers(ctx));
            metadata.put("state", requestContext.getState());
            metadata.put(AbandonedOperations.KEY, abandoned);
            metadata.put(QueryCostLimits.CLIENT, client(ctx));
            metadata.put(QueryCostLimits.BUDGETS, budgets);
            executionService.get().executeAsync(input, metadata, new Writer(ctx, media, measurement));
            SmallRyeContextManager.clearCurrentSmallRyeContext();
            requestContext.deactivate();
        } catch (RuntimeException | Error failure) {
            terminate(requestContext);
            throw failure;
        }
    }

    private static void terminate(ManagedContext requestContext) {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
        requestContext.terminate();
    }

    private static Map<String, List<String>> headers(RoutingContext ctx) {
        Map<String, List<String>> headers = new HashMap<>();
        for (String name : ctx.request().headers().names()) {
            headers.put(name, ctx.request().headers().getAll(name));
        }
        return headers;
    }

    /** Writes the execution's result: a result without data is a request error. */
    private final class Writer implements ExecutionResponseWriter {

        private final RoutingContext ctx;
        private final ResponseMediaType media;
        private final OperationMetrics.Measurement measurement;

        Writer(RoutingContext ctx, ResponseMediaType media, OperationMetrics.Measurement measurement) {
            this.ctx = ctx;
            this.media = media;
            this.measurement = measurement;
        }

        @Override
        public void write(ExecutionResponse response) {
            ExecutionResult result = response.getExecutionResult();
            measurement.finished(result.getErrors());
            int status = result.isDataPresent() ? 200 : requestErrorStatus(media);
            if (!result.isDataPresent() && !result.getErrors().isEmpty() && result.getErrors().get(0).getExtensions() != null
                    && QueryCostLimits.RateLimited.CODE.equals(result.getErrors().get(0).getExtensions().get("code"))) {
                status = 429;
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(result.getErrors().get(0).getExtensions().get("retryAfter")));
            } else if (!result.isDataPresent()) {
                // refused before it ran (validation, a limit, variables): reading and checking it cost the gateway
                budgets.charge(client(ctx), limits.refusedRequestCost());
            }
            send(ctx, media, status, response.getExecutionResultAsString());
        }

        @Override
        public void fail(Throwable failure) {
            measurement.failed();
            String errorId = UUID.randomUUID().toString();
            Optional<String> traceId = CurrentTrace.id();
            LOG.errorf(failure, "Unexpected failure executing a GraphQL request (error id %s, trace id %s)", errorId,
                    traceId.orElse("none"));
            answer(ctx, media, 500, new Rejection(InternalErrors.message(errorId), InternalErrors.extensions(errorId, traceId)));
        }
    }

    /** A refusal of the whole request, charged to its client's budget unless it is a persisted query's first miss or the gateway's own failure. */
    private void answer(RoutingContext ctx, ResponseMediaType media, int status, Rejection rejection) {
        if (status < 500 && !OperationAdmission.PERSISTED_QUERY_NOT_FOUND.equals(rejection.extensions().get("code"))) {
            budgets.charge(client(ctx), limits.refusedRequestCost());
        }
        send(ctx, media, status, errors(rejection));
    }

    private void rateLimited(RoutingContext ctx, ResponseMediaType media, long retryAfterSeconds) {
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        Rejection rejection = new Rejection("This client has spent its query budget for now; retry in " + retryAfterSeconds + " s",
                Map.of("code", QueryCostLimits.RateLimited.CODE, "retryAfter", retryAfterSeconds));
        send(ctx, media, 429, errors(rejection));
    }

    private static String errors(Rejection rejection) {
        JsonObject error = new JsonObject(Map.of("message", rejection.message(), "extensions", new JsonObject(rejection.extensions())));
        return new JsonObject().put("errors", List.of(error)).encode();
    }

    /** The client a request is charged to: its address (behind a proxy, with forwarding configured, the forwarded one). */
    private static String client(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
    }

    private void send(RoutingContext ctx, ResponseMediaType media, int status, String body) {
        if (ctx.response().ended()) {
            return;
        }
        Buffer bytes = Buffer.buffer(body, "UTF-8");
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, media.contentType());
        if (bytes.length() < config.compressionMinBytes()) {
            // small answers gain nothing from compression but its cost
            ctx.response().putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
        } else {
            ctx.response().headers().remove(HttpHeaders.CONTENT_ENCODING);
        }
        ctx.response().end(bytes);
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
}
