package dev.newsgraph.gateway.article;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestQuery;

import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.gateway.batch.BatchLookup;
import dev.newsgraph.gateway.errors.ProblemResponseMapper;
import dev.newsgraph.gateway.errors.ServiceRejection;
import dev.newsgraph.gateway.observability.DownstreamCallMetrics;
import io.smallrye.mutiny.Uni;

/**
 * The article service's REST API (docs/service-contracts.md), non-blocking. Every call has a timeout
 * and a circuit breaker; reads are retried a bounded number of times unless they timed out (a read that took
 * the whole timeout would only load the service again), writes never (they are not
 * idempotent). A 4xx answer is a {@link ServiceRejection}: not retried, not counted as a failure of
 * the service. Tune with {@code quarkus.fault-tolerance.global.*} (application.properties).
 */
@RegisterRestClient(configKey = "article-service")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(DownstreamCallMetrics.class)
@Path("/articles")
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceRejection.class)
public interface ArticleServiceClient {

    @GET
    @Path("/{id}")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Article> article(@PathParam("id") String id, @RestQuery boolean body);

    /**
     * Batch lookup: the articles of up to 500 comma-separated ids, in the order requested. Every read
     * takes {@code body}: false leaves out the sections and text, most of an article's bytes.
     */
    @GET
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<Article>> articles(@RestQuery("ids") String ids, @RestQuery boolean body);

    /**
     * A page of articles, newest first, restricted by the filters (and to {@code ids} when given): after
     * {@code cursor}, or backward before {@code before} or from the end ({@code last}).
     */
    @GET
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Page<Article>> list(@RestQuery String source, @RestQuery String language, @RestQuery String tag,
            @RestQuery String publishedAfter, @RestQuery String publishedBefore, @RestQuery String ids,
            @RestQuery String cursor, @RestQuery String before, @RestQuery boolean last, @RestQuery int limit,
            @RestQuery boolean body);

    /** A page of full-text hits, best first, with the same restrictions as {@link #list}. */
    @GET
    @Path("/search")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<SearchPage> search(@RestQuery String q, @RestQuery String source, @RestQuery String language,
            @RestQuery String tag, @RestQuery String publishedAfter, @RestQuery String publishedBefore,
            @RestQuery String ids, @RestQuery String cursor, @RestQuery String before, @RestQuery boolean last,
            @RestQuery int limit, @RestQuery boolean body);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<IngestOutcome> ingest(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ArticleInput article);

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    Uni<IngestOutcome> ingestPlainText(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String text,
            @RestQuery String url, @RestQuery String source, @RestQuery String publishedAt, @RestQuery String language,
            @RestQuery List<String> authors, @RestQuery List<String> tags);

    @POST
    @Consumes("text/markdown")
    Uni<IngestOutcome> ingestMarkdown(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String text,
            @RestQuery String url, @RestQuery String source, @RestQuery String publishedAt, @RestQuery String language,
            @RestQuery List<String> authors, @RestQuery List<String> tags);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Article> update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String expectedVersion, ArticleInput article);

    @DELETE
    @Path("/{id}")
    Uni<Void> delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String expectedVersion);
}
