package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SetEntityTypeInput")
@Description("Corrects the type of an entity.")
public record SetEntityTypeInput(
        @Description("The entity to change.") @Id @NonNull String id,
        @Description("The entity's correct type.") @NonNull EntityType type) {
}
