package dev.newsgraph.gateway.errors;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Translates what can go wrong when calling a service into the GraphQL error clients see: a
 * rejection of the request keeps its meaning (not found, bad input), anything else (connection
 * refused, 5xx, timeout, open circuit) becomes "service unavailable", without internal details.
 */
public final class ServiceFailures {

    private ServiceFailures() {
    }

    /** For reads: rejections become GraphQL errors, everything else the service's unavailability. */
    public static Function<Throwable, Throwable> articleRead() {
        return read(ArticleServiceUnavailableError::new);
    }

    public static Function<Throwable, Throwable> entityRead() {
        return read(EntityServiceUnavailableError::new);
    }

    /** For writes: rejections stay {@link ServiceRejection} (they become user errors), the rest unavailability. */
    public static Function<Throwable, Throwable> articleWrite() {
        return write(ArticleServiceUnavailableError::new);
    }

    public static Function<Throwable, Throwable> entityWrite() {
        return write(EntityServiceUnavailableError::new);
    }

    private static Function<Throwable, Throwable> read(Supplier<GatewayError> unavailable) {
        return failure -> {
            if (failure instanceof GatewayError known) {
                return known;
            }
            if (failure instanceof ServiceRejection rejection) {
                return rejection.toReadError();
            }
            return unavailable.get();
        };
    }

    private static Function<Throwable, Throwable> write(Supplier<GatewayError> unavailable) {
        return failure -> {
            if (failure instanceof GatewayError || failure instanceof ServiceRejection) {
                return failure;
            }
            return unavailable.get();
        };
    }
}
