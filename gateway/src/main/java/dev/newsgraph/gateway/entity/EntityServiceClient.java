package dev.newsgraph.gateway.entity;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.gateway.analysis.ArticleAnalysis;
import dev.newsgraph.gateway.batch.BatchLookup;
import dev.newsgraph.gateway.errors.ProblemResponseMapper;
import dev.newsgraph.gateway.errors.ServiceRejection;
import dev.newsgraph.gateway.observability.DownstreamCallMetrics;
import dev.newsgraph.gateway.related.RelatedArticleRef;
import dev.newsgraph.gateway.related.RelatedEntity;
import io.smallrye.mutiny.Uni;

/**
 * The entity service's REST API (docs/service-contracts.md), non-blocking, with the same fault
 * tolerance as the article client: timeout and circuit breaker on every call, bounded retries on
 * reads only. Tune with {@code quarkus.fault-tolerance.global.*} (application.properties).
 */
@RegisterRestClient(configKey = "entity-service")
@RegisterProvider(ProblemResponseMapper.class)
@RegisterProvider(DownstreamCallMetrics.class)
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000, skipOn = ServiceRejection.class)
public interface EntityServiceClient {

    @GET
    @Path("/entities/{id}")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Entity> entity(@PathParam("id") String id);

    @GET
    @Path("/entities")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<Entity>> entities(@RestQuery("ids") String ids);

    @GET
    @Path("/entities")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Page<Entity>> list(@RestQuery String type, @RestQuery String name, @RestQuery String match,
            @RestQuery String orderBy, @RestQuery String cursor, @RestQuery String before, @RestQuery boolean last,
            @RestQuery int limit);

    @GET
    @Path("/entities/{id}/articles")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Page<ArticleRef>> articlesOf(@PathParam("id") String id, @RestQuery String cursor, @RestQuery String before,
            @RestQuery boolean last, @RestQuery int limit);

    /** The first page of articles of each of many entities; with {@code last}, the last page. */
    @GET
    @Path("/entities/articles")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<EntityArticles>> articlesOfEach(@RestQuery("ids") String ids, @RestQuery int limit, @RestQuery boolean last);

    /** Articles mentioning all the given entities, newest first; read forward after {@code cursor}, or backward. */
    @GET
    @Path("/articles/mentioning")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<Page<ArticleRef>> mentioning(@RestQuery("entities") String entityIds, @RestQuery String cursor, @RestQuery String before,
            @RestQuery boolean last, @RestQuery int limit);

    @GET
    @Path("/articles/entities")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    /** The entities of each article; with {@code mentions} false, without their mentions (most of the answer). */
    Uni<BatchLookup<EntitiesOfArticle>> entitiesOfEach(@RestQuery("ids") String articleIds, @RestQuery String type,
            @RestQuery Integer limit, @RestQuery boolean mentions);

    @GET
    @Path("/articles/analysis")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<ArticleAnalysis>> analysisOfEach(@RestQuery("ids") String articleIds);

    @GET
    @Path("/entities/related")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<RelatedOfEntity>> relatedOfEach(@RestQuery("ids") String entityIds, @RestQuery int limit);

    @GET
    @Path("/articles/related")
    @Retry(maxRetries = 2, delay = 50, jitter = 25, abortOn = { ServiceRejection.class, TimeoutException.class })
    Uni<BatchLookup<RelatedOfArticle>> relatedArticlesOfEach(@RestQuery("ids") String articleIds, @RestQuery int limit);

    @PATCH
    @Path("/entities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Entity> patch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id, EntityPatch patch);

    @POST
    @Path("/entities/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Entity> merge(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String sourceId, MergeRequest merge);

    @POST
    @Path("/entities/{id}/aliases")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Entity> addAlias(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id, AliasRequest alias);

    @DELETE
    @Path("/entities/{id}/aliases/{alias}")
    Uni<Entity> removeAlias(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            @PathParam("alias") String alias);

    @POST
    @Path("/articles/{id}/reanalyze")
    Uni<ArticleAnalysis> reanalyze(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String articleId);

    /** One entity's first page of articles in a batch answer. */
    record EntityArticles(String entityId, Page<ArticleRef> page) {
    }

    /** One article's entities, by salience, in a batch answer. */
    record EntitiesOfArticle(String articleId, List<ArticleEntity> entities) {
    }

    /** One entity's related entities in a batch answer. */
    record RelatedOfEntity(String entityId, List<RelatedEntity> related) {
    }

    /** One article's related articles in a batch answer. */
    record RelatedOfArticle(String articleId, List<RelatedArticleRef> related) {
    }

    /** The editable fields of an entity; absent fields are left unchanged. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntityPatch(String name, EntityType type) {
    }

    record MergeRequest(String targetId) {
    }

    record AliasRequest(String alias) {
    }
}
