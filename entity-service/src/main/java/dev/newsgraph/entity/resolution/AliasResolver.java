package dev.newsgraph.entity.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * Resolves the name groups of one article to entities: by an alias key (an editor's rule or a form
 * seen before), then by a close misspelling of a long name of the same type, else a new entity. An
 * alias an editor removed from an entity never leads back to it: such a mention resolves on its own.
 */
public final class AliasResolver {

    private final AliasDirectory directory;

    public AliasResolver(AliasDirectory directory) {
        this.directory = directory;
    }

    /** The mentions of each entity the groups resolve to, in a stable order. */
    public Map<UUID, List<GroupedMention>> resolve(List<NameGroup> groups) {
        Map<UUID, List<GroupedMention>> byEntity = new LinkedHashMap<>();
        // new keys are created in key order so concurrent analyses take their insert locks in one order
        List<NameGroup> ordered = groups.stream().sorted(Comparator.comparing(NameGroup::key)).toList();
        for (NameGroup group : ordered) {
            UUID entity = resolveKey(group.key(), group.type(), group.name());
            Map<String, String> kept = new TreeMap<>();
            for (GroupedMention mention : group.mentions()) {
                if (!mention.key().equals(group.key()) && directory.isBlocked(entity, mention.key())) {
                    UUID own = resolveKey(mention.key(), group.type(), mention.text());
                    directory.recordAliases(own, group.type(), Map.of(mention.key(), mention.text()));
                    byEntity.computeIfAbsent(own, id -> new ArrayList<>()).add(mention);
                } else {
                    kept.put(mention.key(), mention.text());
                    byEntity.computeIfAbsent(entity, id -> new ArrayList<>()).add(mention);
                }
            }
            group.surfaceForms().forEach((key, text) -> {
                if (key.equals(group.key())) {
                    kept.put(key, text);
                }
            });
            directory.recordAliases(entity, group.type(), kept);
        }
        byEntity.values().forEach(mentions -> mentions.sort(Comparator.comparingInt(GroupedMention::start)));
        return byEntity;
    }

    private UUID resolveKey(String key, EntityType type, String name) {
        return directory.findByKey(key, type)
                .or(() -> fuzzy(key, type))
                .orElseGet(() -> directory.createOrFind(key, type, name));
    }

    private Optional<UUID> fuzzy(String key, EntityType type) {
        return directory.similarKeys(key, type).stream()
                .filter(c -> NameDistance.isCloseMisspelling(key, c.key()))
                .min(Comparator.comparingInt((AliasDirectory.Candidate c) -> NameDistance.damerauLevenshtein(key, c.key()))
                        .thenComparing(c -> c.key()))
                .map(AliasDirectory.Candidate::entityId);
    }
}
