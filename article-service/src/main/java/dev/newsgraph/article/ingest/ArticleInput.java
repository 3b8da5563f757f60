package dev.newsgraph.article.ingest;

import java.util.List;

import dev.newsgraph.article.store.Section;

/**
 * An article as a client sends it, before validation. {@code publishedAt} stays text here so that a
 * value that is not ISO-8601 is reported as a field error like every other invalid field.
 */
public record ArticleInput(String url, String headline, String standfirst, List<String> authors, String source,
        String language, String publishedAt, List<String> tags, List<Section> sections) {
}
