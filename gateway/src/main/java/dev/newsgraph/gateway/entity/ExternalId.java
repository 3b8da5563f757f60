package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ExternalId")
@Description("The identifier of an entity in another knowledge base.")
public record ExternalId(
        @Description("The knowledge base, e.g. `wikidata`.") @NonNull String system,
        @Description("The entity's identifier there, e.g. `Q7747`.") @NonNull String id) {
}
