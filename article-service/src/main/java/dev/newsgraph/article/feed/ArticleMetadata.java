package dev.newsgraph.article.feed;

import java.time.Instant;

/** The article's metadata as of one change, carried by its event so a consumer can triage without a fetch. */
public record ArticleMetadata(String headline, String source, String language, String url, Instant publishedAt) {
}
