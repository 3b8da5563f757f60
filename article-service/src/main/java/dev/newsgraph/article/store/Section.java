package dev.newsgraph.article.store;

import java.util.List;

/** One section of an article's body: an optional heading and its paragraphs, in reading order. */
public record Section(String heading, List<String> paragraphs) {

    public Section {
        paragraphs = paragraphs == null ? List.of() : paragraphs;
    }
}
