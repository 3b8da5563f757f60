package dev.newsgraph.article.ingest;

import dev.newsgraph.article.store.Article;

/** The outcome of ingesting one article and the article that now stands for it. */
public record IngestResult(IngestOutcome outcome, Article article) {
}
