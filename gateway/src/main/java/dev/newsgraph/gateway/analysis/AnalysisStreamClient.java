package dev.newsgraph.gateway.analysis;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

import io.smallrye.mutiny.Multi;

/**
 * The entity service's stream of finished analyses (server-sent events, each {@code data} one JSON
 * {@link AnalysisEvent}). Kept apart from {@code EntityServiceClient} because a never-ending stream
 * must not get that client's timeout.
 */
@RegisterRestClient(configKey = "entity-service")
public interface AnalysisStreamClient {

    @GET
    @Path("/analysis/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> events();
}
