package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("SetEntityTypePayload")
@Description("The result of correcting an entity's type.")
public record SetEntityTypePayload(
        @Description("The entity as it is now; null when the change was refused.") Entity entity,
        @Description("Problems with the input; empty when the change was made.") @NonNull List<@NonNull UserError> userErrors) {

    static SetEntityTypePayload of(Entity entity) {
        return new SetEntityTypePayload(entity, List.of());
    }

    static SetEntityTypePayload rejected(List<UserError> errors) {
        return new SetEntityTypePayload(null, errors);
    }
}
