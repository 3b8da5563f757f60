package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("AddEntityAliasInput")
@Description("Adds a name the entity goes by, so mentions of it resolve to this entity.")
public record AddEntityAliasInput(
        @Description("The entity to change.") @Id @NonNull String id,
        @Description("The alias to add.") @NonNull String alias) {
}
