package dev.newsgraph.entity.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;

/** Server-sent events, one per finished analysis of this instance, for live views. */
@Path("/analysis/stream")
public class AnalysisStreamResource {

    @Inject
    AnalysisEvents events;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<AnalysisFinished> stream() {
        return events.stream();
    }
}
