package dev.newsgraph.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.newsgraph.gateway.errors.UnauthenticatedError;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * The verified bearer token of the current caller, forwarded on writes: the services check it again,
 * so going around the gateway grants nothing. Read from the security identity without blocking, since
 * mutations run on the event loop.
 */
@ApplicationScoped
public class CallerToken {

    @Inject
    CurrentIdentityAssociation identity;

    /** The {@code Authorization} header value to send to a service. */
    public Uni<String> authorization() {
        return identity.getDeferredIdentity().map(caller -> {
            if (caller.getPrincipal() instanceof JsonWebToken token && token.getRawToken() != null) {
                return "Bearer " + token.getRawToken();
            }
            throw new UnauthenticatedError();
        });
    }
}
