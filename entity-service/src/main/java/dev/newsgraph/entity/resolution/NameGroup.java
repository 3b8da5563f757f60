package dev.newsgraph.entity.resolution;

import java.util.List;
import java.util.Map;

import dev.newsgraph.entity.recognition.EntityType;

/**
 * All mentions of one article that name the same thing: its short forms, its long form and, for a
 * country, all of its names.
 *
 * @param key         the key the group resolves by (its longest form, or the country's canonical name)
 * @param name        the name to give a new entity
 * @param surfaceForms every form the article used, by key: these become the entity's aliases
 * @param mentions    the mentions, in text order
 */
public record NameGroup(EntityType type, String key, String name, Map<String, String> surfaceForms,
        List<GroupedMention> mentions) {
}
