package dev.newsgraph.article.search;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.newsgraph.article.api.QueryParams;
import dev.newsgraph.article.store.ArticleFilter;
import dev.newsgraph.commons.text.ControlCharacters;

/** {@code GET /articles/search}: ranked full-text search with the listing's filters. */
@Path("/articles/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    ArticleSearch search;

    @Inject
    SearchTimeout timeout;

    @Inject
    SearchLimits config;

    @GET
    public SearchPage search(@QueryParam("q") String q, @QueryParam("source") String source,
            @QueryParam("language") String language, @QueryParam("tag") String tag,
            @QueryParam("publishedAfter") String publishedAfter, @QueryParam("publishedBefore") String publishedBefore,
            @QueryParam("ids") List<String> ids, @QueryParam("cursor") String cursor, @QueryParam("before") String before,
            @QueryParam("last") String last, @QueryParam("limit") String limit,
            @QueryParam("body") String body) {
        boolean withBody = QueryParams.body(body);
        String query = SearchQuery.check(ControlCharacters.requireNoneIn("q", q), config.maxTerms(), config.maxQueryChars());
        ArticleFilter filter = QueryParams.filter(source, language, tag, publishedAfter, publishedBefore, ids);
        var read = QueryParams.read(cursor, before, last, limit);
        SearchPage hits = timeout.within(() -> search.search(query, filter, read));
        return withBody ? hits : hits.withoutBody();
    }
}
