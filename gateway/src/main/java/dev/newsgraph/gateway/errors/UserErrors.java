package dev.newsgraph.gateway.errors;

import java.util.List;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * Turns a service's rejection of a write (validation, duplicate, version mismatch, not found) into the
 * mutation payload's {@code userErrors}, so the client can show them next to the input. Rejections of
 * the caller's credentials stay GraphQL errors (UNAUTHENTICATED, FORBIDDEN).
 */
public final class UserErrors {

    private UserErrors() {
    }

    public static <P> Uni<P> recover(Uni<P> write, String fieldPrefix, Function<List<UserError>, P> rejectedPayload) {
        return write.onFailure(ServiceRejection.class).recoverWithUni(failure -> {
            ServiceRejection rejection = (ServiceRejection) failure;
            if (rejection.status() == 401 || rejection.status() == 403) {
                return Uni.createFrom().failure(rejection.toReadError());
            }
            return Uni.createFrom().item(rejectedPayload.apply(rejection.toUserErrors(fieldPrefix)));
        });
    }

    /** A payload for input the gateway itself can tell is wrong, without calling a service. */
    public static <P> Uni<P> invalid(String field, String message, Function<List<UserError>, P> rejectedPayload) {
        return Uni.createFrom().item(rejectedPayload.apply(List.of(new UserError(field, message, "INVALID_INPUT"))));
    }
}
