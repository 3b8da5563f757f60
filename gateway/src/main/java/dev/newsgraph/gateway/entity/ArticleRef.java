package dev.newsgraph.gateway.entity;

import java.time.Instant;

/** The entity service's reference to an article mentioning an entity. */
public record ArticleRef(String articleId, Instant publishedAt, int mentionCount, double salience) {
}
