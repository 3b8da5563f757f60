package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RenameEntityInput")
@Description("Gives an entity a new canonical name; the old name stays an alias.")
public record RenameEntityInput(
        @Description("The entity to change.") @Id @NonNull String id,
        @Description("The new canonical name.") @NonNull String name) {
}
