package dev.newsgraph.entity.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.newsgraph.entity.recognition.EntityType;

/** The entities already known, as the resolver needs them: implemented over the entity database. */
public interface AliasDirectory {

    /** The entity an alias key names for a recognised type: an editor's rule first, then what was seen before. */
    Optional<UUID> findByKey(String key, EntityType recognizedType);

    /** Aliases of entities of that recognised type that resemble {@code key}: candidates for a close misspelling. */
    List<Candidate> similarKeys(String key, EntityType recognizedType);

    /** Whether an editor removed this alias from this entity. */
    boolean isBlocked(UUID entityId, String key);

    /**
     * The entity for {@code key}, created with {@code name} unless another analysis created it first.
     * Safe against concurrent creation of the same key.
     */
    UUID createOrFind(String key, EntityType type, String name);

    /** Records the forms (key to surface text) under which the entity was recognised as {@code recognizedType}. */
    void recordAliases(UUID entityId, EntityType recognizedType, Map<String, String> forms);

    record Candidate(UUID entityId, String key) {
    }
}
