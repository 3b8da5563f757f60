package dev.newsgraph.gateway.errors;

/**
 * A failure the gateway reports to GraphQL clients as an entry of {@code errors}, with a stable
 * {@code extensions.code} (set by {@code @ErrorCode} on each subclass) and a message safe to show.
 * Unchecked so resolvers and Mutiny pipelines can raise it directly; every subclass is listed in
 * {@code quarkus.smallrye-graphql.show-runtime-exception-message} so its message reaches the client.
 */
public abstract class GatewayError extends RuntimeException {

    protected GatewayError(String message) {
        super(message, null, false, false);
    }
}
