package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("RemoveEntityAliasPayload")
@Description("The result of removing an alias.")
public record RemoveEntityAliasPayload(
        @Description("The entity as it is now; null when the change was refused.") Entity entity,
        @Description("Problems with the input; empty when the change was made.") @NonNull List<@NonNull UserError> userErrors) {

    static RemoveEntityAliasPayload of(Entity entity) {
        return new RemoveEntityAliasPayload(entity, List.of());
    }

    static RemoveEntityAliasPayload rejected(List<UserError> errors) {
        return new RemoveEntityAliasPayload(null, errors);
    }
}
