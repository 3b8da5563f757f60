package dev.newsgraph.gateway.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.node.Node;

@Type("Entity")
@Description("A real-world person, organisation, place or other named thing, with every name it goes by in the articles. Its article lists come from the article part of the system, so those fields are null when it is unavailable.")
public record Entity(
        @Description("Stable id of the entity. Ids of entities merged into this one still find it.") @Id @NonNull String id,
        @Description("The entity's canonical name.") @NonNull String name,
        @Description("What kind of entity this is.") @NonNull EntityType type,
        @Description("Every name the entity is mentioned by, including the canonical one.") @NonNull List<@NonNull String> aliases,
        @Description("A short description, when an editor has written one.") String description,
        @Ignore Map<String, String> externalIds,
        @Description("How many times the entity is mentioned across all articles.") int mentionCount,
        @Description("How many articles mention the entity.") int articleCount,
        @Description("Publication time of the earliest article mentioning the entity.") Instant firstSeen,
        @Description("Publication time of the latest article mentioning the entity.") Instant lastSeen,
        @Description("Ids of the entities that were merged into this one.") @Id @NonNull List<@NonNull String> mergedIds) implements Node {

    /** The external identifiers as a list, ordered by knowledge base, since GraphQL has no map type. */
    @Name("externalIds")
    @NonNull
    @Description("Identifiers of this entity in other knowledge bases, e.g. Wikidata.")
    public List<@NonNull ExternalId> getExternalIdList() {
        if (externalIds == null) {
            return List.of();
        }
        return new TreeMap<>(externalIds).entrySet().stream().map(e -> new ExternalId(e.getKey(), e.getValue())).toList();
    }
}
