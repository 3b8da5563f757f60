package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("MergeEntitiesPayload")
@Description("The result of merging two entities: the surviving entity.")
public record MergeEntitiesPayload(
        @Description("The entity as it is now; null when the change was refused.") Entity entity,
        @Description("Problems with the input; empty when the change was made.") @NonNull List<@NonNull UserError> userErrors) {

    static MergeEntitiesPayload of(Entity entity) {
        return new MergeEntitiesPayload(entity, List.of());
    }

    static MergeEntitiesPayload rejected(List<UserError> errors) {
        return new MergeEntitiesPayload(null, errors);
    }
}
