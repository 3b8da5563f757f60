package dev.newsgraph.article.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsgraph.article.ingest.ArticleDraft;
import dev.newsgraph.article.ingest.ArticleInput;
import dev.newsgraph.article.ingest.ArticleTextParser;
import dev.newsgraph.article.ingest.ArticleWriter;
import dev.newsgraph.article.ingest.BatchIngest;
import dev.newsgraph.article.ingest.BatchResult;
import dev.newsgraph.article.ingest.IngestConfig;
import dev.newsgraph.article.ingest.IngestOutcome;
import dev.newsgraph.article.ingest.IngestResult;
import dev.newsgraph.article.ingest.ParsedArticle;
import dev.newsgraph.article.store.Article;
import dev.newsgraph.article.store.ArticleFilter;
import dev.newsgraph.article.store.ArticleRepository;
import dev.newsgraph.commons.json.JsonBody;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.BodyText;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The article REST API (docs/service-contracts.md, "Article service"); reads are open, writes need the
 * editor role. {@link Page} is registered for reflection because {@link #list} answers either shape.
 */
@Path("/articles")
@RegisterForReflection(targets = Page.class)
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    static final String EDITOR = "editor";
    static final String NDJSON = "application/x-ndjson";
    static final String MARKDOWN = "text/markdown";

    @Inject
    ArticleRepository articles;

    @Inject
    ArticleWriter writer;

    @Inject
    BatchIngest batch;

    @Inject
    IngestConfig config;

    @Inject
    JsonBody json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR)
    public Response create(InputStream body, HttpHeaders headers) throws JsonProcessingException {
        return created(writer.create(ArticleDraft.from(readInput(body, headers))));
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MARKDOWN })
    @RolesAllowed(EDITOR)
    public Response createFromText(InputStream body, HttpHeaders headers, @QueryParam("url") String url,
            @QueryParam("source") String source, @QueryParam("publishedAt") String publishedAt,
            @QueryParam("language") String language, @QueryParam("authors") List<String> authors,
            @QueryParam("tags") List<String> tags) {
        ParsedArticle parsed = ArticleTextParser.parse(BodyText.readRequest(body, headers, config.maxBodyBytes()));
        ArticleInput input = new ArticleInput(url, parsed.headline(), null, authors, source, language, publishedAt,
                tags, parsed.sections());
        return created(writer.create(ArticleDraft.from(input)));
    }

    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR)
    public BatchResult createBatch(InputStream body, HttpHeaders headers) {
        return batch.ingestJsonArray(BodyText.readRequest(body, headers, config.maxBatchBytes()));
    }

    @POST
    @Path("batch")
    @Consumes(NDJSON)
    @RolesAllowed(EDITOR)
    public BatchResult createBatchNdjson(InputStream body, HttpHeaders headers) {
        return batch.ingestNdjson(BodyText.readRequest(body, headers, config.maxBatchBytes()));
    }

    @GET
    @Path("{id}")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    public Response get(@PathParam("id") String id, @QueryParam("body") String body) {
        Article article = find(QueryParams.id(id));
        return Response.ok(ArticleView.of(article, QueryParams.body(body))).tag(Long.toString(article.version)).build();
    }

    /** With only {@code ids}: a batch lookup; otherwise a newest-first page, optionally restricted to {@code ids}. */
    @GET
    @APIResponse(responseCode = "200", description = "A page of articles, newest first; with only ids, the batch lookup",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleList.class)))
    public Object list(@QueryParam("source") String source, @QueryParam("language") String language,
            @QueryParam("tag") String tag, @QueryParam("publishedAfter") String publishedAfter,
            @QueryParam("publishedBefore") String publishedBefore, @QueryParam("ids") List<String> ids,
            @QueryParam("cursor") String cursor, @QueryParam("before") String before, @QueryParam("last") String last,
            @QueryParam("limit") String limit, @QueryParam("body") String body) {
        ArticleFilter filter = QueryParams.filter(source, language, tag, publishedAfter, publishedBefore, ids);
        boolean withBody = QueryParams.body(body);
        if (filter.restrictsOnlyToIds() && cursor == null && before == null && last == null && limit == null) {
            return lookup(filter.ids(), withBody);
        }
        Page<Article> page = articles.list(filter, QueryParams.read(cursor, before, last, limit));
        return new Page<>(page.items().stream().map(a -> ArticleView.of(a, withBody)).toList(), page.nextCursor(), page.totalCount(),
                page.previousCursor());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(EDITOR)
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            InputStream body, HttpHeaders headers) throws JsonProcessingException {
        UUID articleId = QueryParams.id(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("Send If-Match with the version you are updating");
        }
        Article article = writer.update(articleId, IfMatch.version(ifMatch), ArticleDraft.from(readInput(body, headers)));
        return Response.ok(ArticleView.of(article)).tag(Long.toString(article.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(EDITOR)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        UUID articleId = QueryParams.id(id);
        writer.delete(articleId, ifMatch == null || ifMatch.isBlank() ? null : IfMatch.version(ifMatch));
        return Response.noContent().build();
    }

    private Article find(UUID id) {
        Article article = articles.findById(id);
        if (article == null) {
            throw ProblemException.notFound("No article " + id);
        }
        return article;
    }

    private BatchLookup lookup(List<UUID> ids, boolean withBody) {
        Map<UUID, Article> found = articles.listByIds(ids).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        return new BatchLookup(
                ids.stream().filter(found::containsKey).map(id -> ArticleView.of(found.get(id), withBody)).toList(),
                ids.stream().filter(id -> !found.containsKey(id)).toList());
    }

    private ArticleInput readInput(InputStream body, HttpHeaders headers) throws JsonProcessingException {
        ArticleInput input = json.read(body, headers, config.maxBodyBytes(), ArticleInput.class);
        if (input == null) {
            throw ProblemException.badRequest("invalid-request", "The body must be a JSON object");
        }
        return input;
    }

    private Response created(IngestResult result) {
        IngestResponse response = new IngestResponse(result.outcome(), ArticleView.of(result.article()));
        if (result.outcome() == IngestOutcome.CREATED) {
            return Response.created(URI.create("/articles/" + result.article().id)).entity(response).build();
        }
        return Response.ok(response).build();
    }

    @RegisterForReflection
    public record IngestResponse(IngestOutcome outcome, ArticleView article) {
    }

    /**
     * The listing's answer as the OpenAPI document describes it (the method answers one of two shapes, which
     * its signature cannot say): a {@link Page} of articles, or with only {@code ids} a {@link BatchLookup}.
     * GraphQL Mesh and other generators read response schemas from that document.
     */
    @Schema(name = "ArticleList", description = "A page of articles (items, nextCursor, totalCount, previousCursor), or with only ids the batch lookup (items in the order requested, missing)")
    record ArticleList(@Schema(required = true) List<ArticleView> items, List<UUID> missing, String nextCursor,
            Long totalCount, String previousCursor) {
    }

    @RegisterForReflection
    public record BatchLookup(List<ArticleView> items, List<UUID> missing) {
    }
}
