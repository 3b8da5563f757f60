package dev.newsgraph.gateway.security;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.execution.error.ErrorInfoMap;
import io.smallrye.graphql.schema.model.ErrorInfo;

/**
 * Gives the exceptions Quarkus security raises for {@code @RolesAllowed} GraphQL operations the
 * error codes clients branch on, as {@code @ErrorCode} does for the gateway's own errors (which
 * cannot annotate framework classes).
 */
@ApplicationScoped
public class SecurityErrorCodes {

    static final Map<Class<? extends Exception>, String> CODES = Map.of(
            UnauthorizedException.class, "UNAUTHENTICATED",
            AuthenticationFailedException.class, "UNAUTHENTICATED",
            ForbiddenException.class, "FORBIDDEN");

    void register(@Observes StartupEvent startup) {
        Map<String, ErrorInfo> infos = new HashMap<>();
        CODES.forEach((type, code) -> infos.put(type.getName(), new ErrorInfo(type.getName(), code)));
        ErrorInfoMap.register(infos);
    }
}
