package dev.newsgraph.article.ingest;

import java.util.List;

import dev.newsgraph.article.store.Section;

/** What {@link ArticleTextParser} read from a text or Markdown document; headline null for an empty one. */
public record ParsedArticle(String headline, List<Section> sections) {
}
