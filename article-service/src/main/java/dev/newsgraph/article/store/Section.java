package dev.newsgraph.article.store;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One section of an article's body: an optional heading and its paragraphs, in reading order. Stored
 * as JSON by Hibernate's own Jackson mapper, hence registered for reflection for native builds.
 */
@RegisterForReflection
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : paragraphs;
    }
}
