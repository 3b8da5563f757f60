package dev.newsgraph.gateway.entity;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.connection.Connections;
import dev.newsgraph.gateway.connection.PageRequest;
import dev.newsgraph.gateway.connection.PageWalker;
import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import io.smallrye.mutiny.Uni;

@GraphQLApi
public class EntityQueries {

    private static final String KIND = "entities";
    private static final String NO_OWNER = "";

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Query("entity")
    @Description("The entity with this id (or the entity it was merged into); null, with a NOT_FOUND error, when there is none.")
    public Uni<Entity> entity(@Id @NonNull @Description("The entity's id.") String id) {
        return Uni.createFrom().deferred(() -> entities.entity(IdArgument.require(id, "id")))
                .onFailure().transform(ServiceFailures.entityRead());
    }

    @Query("entities")
    @Description("Entities, most mentioned first unless `orderBy` says otherwise, optionally filtered by type and name, paged forward (`first`, `after`) or backward (`last`, `before`). Null, with an error, when the entity service is unavailable.")
    public Uni<EntityConnection> entities(
            @Description("How many entities to return from the start of the list or after `after`, 1 to 100; 20 when neither `first` nor `last` is given. Not with `last`.") Integer first,
            @Description("Return the entities after this cursor. Not with `before`.") String after,
            @Description("How many entities to return from the end of the list or before `before`, 1 to 100; 20 when only `before` is given. Not with `first`.") Integer last,
            @Description("Return the entities before this cursor. Not with `after`.") String before,
            @Description("Conditions the entities must meet.") EntityFilter filter,
            @Description("The order of the list; MENTIONS when not given.") EntityOrder orderBy) {
        EntityFilter f = filter == null ? EntityFilter.NONE : filter;
        String type = f.type() == null ? null : f.type().name();
        String match = f.name() == null ? null : (f.nameMatch() == null ? NameMatch.PREFIX : f.nameMatch()).name();
        String order = orderBy == null ? null : orderBy.name();
        return Uni.createFrom().deferred(() -> PageWalker.walk(PageRequest.of(first, after, last, before, KIND, NO_OWNER),
                read -> entities.list(type, f.name(), match, order, read.cursor(), read.before(), read.last(), read.limit())
                        .onFailure().transform(ServiceFailures.entityRead())))
                .map(window -> new EntityConnection(
                        Connections.edges(window, KIND, NO_OWNER, EntityEdge::new),
                        Connections.pageInfo(window, KIND, NO_OWNER),
                        Connections.totalCount(window)));
    }
}
