package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("RenameEntityPayload")
@Description("The result of renaming an entity.")
public record RenameEntityPayload(
        @Description("The entity as it is now; null when the change was refused.") Entity entity,
        @Description("Problems with the input; empty when the change was made.") @NonNull List<@NonNull UserError> userErrors) {

    static RenameEntityPayload of(Entity entity) {
        return new RenameEntityPayload(entity, List.of());
    }

    static RenameEntityPayload rejected(List<UserError> errors) {
        return new RenameEntityPayload(null, errors);
    }
}
