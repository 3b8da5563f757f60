package dev.newsgraph.article.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Query;

/**
 * The filters shared by listing and search, rendered as SQL conditions over an {@code article a}.
 * {@code publishedAfter} is inclusive and {@code publishedBefore} exclusive, so adjacent ranges do not
 * overlap; articles without publishedAt match no range.
 *
 * @param ids restriction to these articles; null for no restriction
 */
public record ArticleFilter(String source, String language, String tag, Instant publishedAfter,
        Instant publishedBefore, List<UUID> ids) {

    /** True when the filter is nothing but an ids restriction. */
    public boolean restrictsOnlyToIds() {
        return ids != null && equals(new ArticleFilter(null, null, null, null, null, ids));
    }

    /** The conditions this filter sets, each over the alias {@code a}; empty when it sets none. */
    public List<String> conditions() {
        List<String> conditions = new ArrayList<>();
        if (source != null) {
            conditions.add("a.source = :source");
        }
        if (language != null) {
            conditions.add("a.language = :language");
        }
        if (tag != null) {
            conditions.add("a.tags @> ARRAY[CAST(:tag AS text)]");
        }
        if (publishedAfter != null) {
            conditions.add("a.published_at >= :publishedAfter");
        }
        if (publishedBefore != null) {
            conditions.add("a.published_at < :publishedBefore");
        }
        if (ids != null) {
            conditions.add("a.id IN (:ids)");
        }
        return conditions;
    }

    /** Binds the parameters of {@link #conditions()} to a query built with them. */
    public Query bind(Query query) {
        if (source != null) {
            query.setParameter("source", source);
        }
        if (language != null) {
            query.setParameter("language", language);
        }
        if (tag != null) {
            query.setParameter("tag", tag);
        }
        if (publishedAfter != null) {
            query.setParameter("publishedAfter", publishedAfter);
        }
        if (publishedBefore != null) {
            query.setParameter("publishedBefore", publishedBefore);
        }
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        return query;
    }
}
