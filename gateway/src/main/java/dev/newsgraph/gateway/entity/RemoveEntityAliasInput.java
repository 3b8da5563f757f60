package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveEntityAliasInput")
@Description("Removes a name the entity goes by.")
public record RemoveEntityAliasInput(
        @Description("The entity to change.") @Id @NonNull String id,
        @Description("The alias to remove.") @NonNull String alias) {
}
