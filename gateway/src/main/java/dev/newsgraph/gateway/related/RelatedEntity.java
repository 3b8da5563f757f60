package dev.newsgraph.gateway.related;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.entity.Entity;

@Type("RelatedEntity")
@Description("An entity that appears in the same articles as another one.")
public record RelatedEntity(
        @Description("The related entity.") @NonNull Entity entity,
        @Description("How many articles mention both entities.") int articleCount) {
}
