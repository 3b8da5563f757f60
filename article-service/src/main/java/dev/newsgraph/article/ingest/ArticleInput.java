package dev.newsgraph.article.ingest;

import java.util.List;

import dev.newsgraph.article.store.Section;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An article as a client sends it, before validation. {@code publishedAt} stays text here so that a
 * value that is not ISO-8601 is reported as a field error like every other invalid field. Registered for
 * reflection because it is read by an explicit ObjectMapper call, which a native build cannot see.
 */
@RegisterForReflection
public record ArticleInput(String url, String headline, String standfirst, List<String> authors, String source,
        String language, String publishedAt, List<String> tags, List<Section> sections) {
}
