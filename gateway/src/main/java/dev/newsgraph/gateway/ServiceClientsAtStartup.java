package dev.newsgraph.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.ArticleServiceClient;
import dev.newsgraph.gateway.entity.EntityServiceClient;

import io.quarkus.runtime.StartupEvent;

/**
 * Builds the REST clients of both services at start-up rather than in the first request that needs
 * them: building one scans the class path for providers (and, with tracing, sets up its
 * instrumentation), seconds on a busy machine, which the first request would otherwise spend inside
 * its calls' 3 s timeout and answer as the service being unavailable.
 */
@ApplicationScoped
public class ServiceClientsAtStartup {

    @Inject
    @RestClient
    ArticleServiceClient articleService;

    @Inject
    @RestClient
    EntityServiceClient entityService;

    void build(@Observes StartupEvent startup) {
        // a client proxy creates its client on its first method call; toString() calls no service
        articleService.toString();
        entityService.toString();
    }
}
