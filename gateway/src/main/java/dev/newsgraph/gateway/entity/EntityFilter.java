package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EntityFilter")
@Description("Restricts a list of entities. All given conditions must hold.")
public record EntityFilter(
        @Description("Only entities of this type.") EntityType type,
        @Description("Only entities whose name or an alias matches this text, as `nameMatch` says.") String name,
        @Description("How `name` is matched; PREFIX when not given.") NameMatch nameMatch) {

    public static final EntityFilter NONE = new EntityFilter(null, null, null);
}
