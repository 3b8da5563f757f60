package dev.newsgraph.gateway.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.article.Article;
import dev.newsgraph.gateway.article.ArticleEdgeNodes;
import dev.newsgraph.gateway.article.ArticleServiceClient;
import dev.newsgraph.gateway.batch.IdBatches;
import dev.newsgraph.gateway.entity.Entity;
import dev.newsgraph.gateway.entity.EntityLookup;
import dev.newsgraph.gateway.entity.EntityServiceClient;
import dev.newsgraph.gateway.errors.BadUserInputError;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.NotFoundError;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;

/**
 * {@code Query.node} and {@code Query.nodes}: any object by its id. An id does not say which service
 * owns it, so both are asked at once, each with one batch lookup for all the ids; an id one of them
 * knows is answered even when the other is unavailable.
 */
@GraphQLApi
public class NodeQueries {

    @Inject
    @RestClient
    ArticleServiceClient articles;

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    Context context;

    @Query("node")
    @Description("The article or entity with this id; null, with a NOT_FOUND error, when there is none.")
    public Uni<Node> node(@Id @NonNull @Description("The object's id.") String id) {
        IdArgument.require(id, "id");
        return resolve(List.of(id)).map(found -> {
            if (found.get(0) == null) {
                throw new NotFoundError("No article or entity has the id " + id);
            }
            return found.get(0);
        });
    }

    @Query("nodes")
    @NonNull
    @Description("The objects with these ids, in the same order; null for an id no object has. At most 100 ids.")
    public Uni<List<Node>> nodes(@Description("The objects' ids.") @NonNull List<@NonNull String> ids) {
        // declared as String: SmallRye 2.17 cannot map the items of an @Id list argument; PublicSchema types it [ID!]!
        if (ids.size() > 100) {
            throw new BadUserInputError("ids may hold at most 100 ids, held " + ids.size());
        }
        return resolve(IdArgument.requireAll(ids, "ids"));
    }

    /** The object of each id, or null; fails only when an id is unknown to one service and the other could not be asked. */
    private Uni<List<Node>> resolve(List<String> ids) {
        List<String> distinct = IdBatches.distinct(ids);
        boolean body = Article.bodyRequested(context);
        Uni<Outcome<Article>> fromArticles = ArticleEdgeNodes.lookup(articles, distinct, body)
                .map(Outcome::found).onFailure().recoverWithItem(Outcome::failed);
        Uni<Outcome<Entity>> fromEntities = EntityLookup.byIds(entities, distinct)
                .map(Outcome::found).onFailure().recoverWithItem(Outcome::failed);
        return Uni.combine().all().unis(fromArticles, fromEntities).asTuple().map(both -> {
            List<Node> nodes = new ArrayList<>(ids.size());
            for (String id : ids) {
                Node node = both.getItem1().get(id);
                node = node != null ? node : both.getItem2().get(id);
                if (node == null) {
                    both.getItem1().rethrowFailure();
                    both.getItem2().rethrowFailure();
                }
                nodes.add(node);
            }
            return nodes;
        });
    }

    /** A service's answer to the lookup: what it found, or why it could not be asked. */
    private record Outcome<T extends Node>(Map<String, T> found, Throwable failure) {

        static <T extends Node> Outcome<T> found(Map<String, T> found) {
            return new Outcome<>(found, null);
        }

        static <T extends Node> Outcome<T> failed(Throwable failure) {
            return new Outcome<>(Map.of(), failure);
        }

        Node get(String id) {
            return found.get(id);
        }

        void rethrowFailure() {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
        }
    }
}
