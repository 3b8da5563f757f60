package dev.newsgraph.gateway.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.gateway.article.ArticleConnection;
import dev.newsgraph.gateway.article.ArticleEdge;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.connection.Connections;
import dev.newsgraph.gateway.connection.ListCursor;
import dev.newsgraph.gateway.connection.PageRequest;
import dev.newsgraph.gateway.connection.PageWalker;
import dev.newsgraph.gateway.connection.Window;
import dev.newsgraph.gateway.errors.BadUserInputError;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

/**
 * {@code Entity.articles} for every entity of a query level: their first pages (with {@code last},
 * their last pages) come from one batch call ({@code GET /entities/articles?ids=}); an {@code after}
 * or {@code before} cursor names the one entity it was issued for, whose page is read on its own. The
 * articles themselves are resolved by {@code ArticleEdge.node}, one batch for the level, only when
 * selected.
 */
@GraphQLApi
public class EntityArticlesField {

    private static final String KIND = "entity-articles";

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Name("articles")
    @Description("The articles mentioning the entity, newest first, paged forward (`first`, `after`) or backward (`last`, `before`); null when the entity service is unavailable.")
    public Uni<List<ArticleConnection>> articles(@Source List<Entity> sources,
            @Description("How many articles to return from the newest or after `after`, 1 to 100; 20 when neither `first` nor `last` is given. Not with `last`.") Integer first,
            @Description("Return the articles after this cursor (issued by this entity's `articles`). Not with `before`.") String after,
            @Description("How many articles to return from the oldest or before `before`, 1 to 100; 20 when only `before` is given. Not with `first`.") Integer last,
            @Description("Return the articles before this cursor (issued by this entity's `articles`). Not with `after`.") String before) {
        return Uni.createFrom().deferred(() -> {
            String cursor = after != null ? after : before;
            String resumed = cursor == null ? null : ownerOf(cursor, after != null ? "after" : "before", sources);
            PageRequest fromListEnd = PageRequest.of(first, null, last, null, KIND, "");
            Uni<Window<ArticleRef>> resumedWindow = resumed == null
                    ? Uni.createFrom().nullItem()
                    : PageWalker.walk(PageRequest.of(first, after, last, before, KIND, resumed),
                            read -> entities.articlesOf(resumed, read.cursor(), read.before(), read.last(), read.limit()));
            List<String> wholePageIds = sources.stream().map(Entity::id).filter(id -> !id.equals(resumed)).toList();
            Uni<Map<String, Page<ArticleRef>>> wholePages = IdBatches.lookup(wholePageIds,
                    csv -> entities.articlesOfEach(csv, fromListEnd.size(), fromListEnd.backward()).map(batch -> {
                        Map<String, Page<ArticleRef>> byEntity = new HashMap<>();
                        batch.items().forEach(item -> byEntity.put(item.entityId(), item.page()));
                        return byEntity;
                    }));
            return Uni.combine().all().unis(resumedWindow, wholePages).asTuple().map(both -> {
                List<ArticleConnection> connections = new ArrayList<>();
                for (Entity entity : sources) {
                    Window<ArticleRef> window = entity.id().equals(resumed) ? both.getItem1()
                            : PageWalker.wholePage(both.getItem2().get(entity.id()), fromListEnd.backward());
                    connections.add(connection(window, entity.id()));
                }
                return connections;
            });
        }).onFailure().transform(ServiceFailures.entityRead());
    }

    /** The entity a cursor was issued for, checked in full by {@link ListCursor#decode}. */
    private static String ownerOf(String cursor, String argument, List<Entity> sources) {
        try {
            String owner = Cursor.decode(cursor, 6).get(1);
            if (sources.stream().anyMatch(e -> e.id().equals(owner))) {
                return owner;
            }
        } catch (ProblemException malformed) {
            // reported below, like a cursor of another entity
        }
        throw new BadUserInputError(argument + " is not a cursor of this list");
    }

    private static ArticleConnection connection(Window<ArticleRef> window, String entityId) {
        return new ArticleConnection(
                Connections.edges(window, KIND, entityId, (cursor, ref) -> ArticleEdge.ofId(cursor, ref.articleId())),
                Connections.pageInfo(window, KIND, entityId),
                Connections.totalCount(window));
    }
}
