package dev.newsgraph.gateway.entity;

import java.util.List;
import java.util.function.Function;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import dev.newsgraph.gateway.errors.IdArgument;
import dev.newsgraph.gateway.errors.ServiceFailures;
import dev.newsgraph.gateway.errors.UserError;
import dev.newsgraph.gateway.errors.UserErrors;
import dev.newsgraph.gateway.security.CallerToken;
import io.smallrye.mutiny.Uni;

/** Editor corrections of entity resolution; the caller's token goes along to the entity service. */
@GraphQLApi
public class EntityMutations {

    @Inject
    @RestClient
    EntityServiceClient entities;

    @Inject
    CallerToken caller;

    @Mutation("mergeEntities")
    @RolesAllowed("editor")
    @NonNull
    @Description("Merges one entity into another: the target keeps its id and gains the source's aliases and mentions; the source's id then finds the target. Requires the editor role.")
    public Uni<MergeEntitiesPayload> mergeEntities(
            @Id @NonNull @Description("The entity to merge away.") String sourceId,
            @Id @NonNull @Description("The entity that survives.") String targetId) {
        if (!IdArgument.isValid(sourceId) || !IdArgument.isValid(targetId)) {
            String field = IdArgument.isValid(sourceId) ? "targetId" : "sourceId";
            return UserErrors.invalid(field, field + " must be an entity id (UUID)", MergeEntitiesPayload::rejected);
        }
        return change(caller.authorization().flatMap(authorization -> entities.merge(authorization, sourceId, new EntityServiceClient.MergeRequest(targetId))), "",
                MergeEntitiesPayload::of, MergeEntitiesPayload::rejected);
    }

    @Mutation("renameEntity")
    @RolesAllowed("editor")
    @NonNull
    @Description("Gives an entity a new canonical name. Requires the editor role.")
    public Uni<RenameEntityPayload> renameEntity(@NonNull @Description("The entity and its new name.") RenameEntityInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an entity id (UUID)", RenameEntityPayload::rejected);
        }
        return change(caller.authorization().flatMap(authorization -> entities.patch(authorization, input.id(), new EntityServiceClient.EntityPatch(input.name(), null))),
                "input.", RenameEntityPayload::of, RenameEntityPayload::rejected);
    }

    @Mutation("setEntityType")
    @RolesAllowed("editor")
    @NonNull
    @Description("Corrects the type of an entity. Requires the editor role.")
    public Uni<SetEntityTypePayload> setEntityType(@NonNull @Description("The entity and its correct type.") SetEntityTypeInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an entity id (UUID)", SetEntityTypePayload::rejected);
        }
        return change(caller.authorization().flatMap(authorization -> entities.patch(authorization, input.id(), new EntityServiceClient.EntityPatch(null, input.type()))),
                "input.", SetEntityTypePayload::of, SetEntityTypePayload::rejected);
    }

    @Mutation("addEntityAlias")
    @RolesAllowed("editor")
    @NonNull
    @Description("Adds a name an entity goes by. Requires the editor role.")
    public Uni<AddEntityAliasPayload> addEntityAlias(@NonNull @Description("The entity and the alias.") AddEntityAliasInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an entity id (UUID)", AddEntityAliasPayload::rejected);
        }
        return change(caller.authorization().flatMap(authorization -> entities.addAlias(authorization, input.id(), new EntityServiceClient.AliasRequest(input.alias()))),
                "input.", AddEntityAliasPayload::of, AddEntityAliasPayload::rejected);
    }

    @Mutation("removeEntityAlias")
    @RolesAllowed("editor")
    @NonNull
    @Description("Removes a name an entity goes by. Requires the editor role.")
    public Uni<RemoveEntityAliasPayload> removeEntityAlias(@NonNull @Description("The entity and the alias.") RemoveEntityAliasInput input) {
        if (!IdArgument.isValid(input.id())) {
            return UserErrors.invalid("input.id", "id must be an entity id (UUID)", RemoveEntityAliasPayload::rejected);
        }
        return change(caller.authorization().flatMap(authorization -> entities.removeAlias(authorization, input.id(), input.alias())),
                "input.", RemoveEntityAliasPayload::of, RemoveEntityAliasPayload::rejected);
    }

    private static <P> Uni<P> change(Uni<Entity> call, String fieldPrefix, Function<Entity, P> done, Function<List<UserError>, P> rejected) {
        return UserErrors.recover(call.onFailure().transform(ServiceFailures.entityWrite()).map(done), fieldPrefix, rejected);
    }
}
