package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("AddEntityAliasPayload")
@Description("The result of adding an alias.")
public record AddEntityAliasPayload(
        @Description("The entity as it is now; null when the change was refused.") Entity entity,
        @Description("Problems with the input; empty when the change was made.") @NonNull List<@NonNull UserError> userErrors) {

    static AddEntityAliasPayload of(Entity entity) {
        return new AddEntityAliasPayload(entity, List.of());
    }

    static AddEntityAliasPayload rejected(List<UserError> errors) {
        return new AddEntityAliasPayload(null, errors);
    }
}
