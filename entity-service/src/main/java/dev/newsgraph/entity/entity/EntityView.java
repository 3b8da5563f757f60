package dev.newsgraph.entity.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsgraph.entity.recognition.EntityType;

/** An entity as the API shows it (see docs/service-contracts.md, "Entity"). */
public record EntityView(UUID id, String name, EntityType type, List<String> aliases, String description,
        Map<String, String> externalIds, int mentionCount, int articleCount, Instant firstSeen, Instant lastSeen,
        List<UUID> mergedIds) {
}
