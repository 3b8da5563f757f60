package dev.newsgraph.entity.entity;

import java.time.Instant;
import java.util.UUID;

/** An article that mentions an entity (or several), as lists of articles show it. */
public record ArticleRef(UUID articleId, Instant publishedAt, int mentionCount, double salience) {
}
