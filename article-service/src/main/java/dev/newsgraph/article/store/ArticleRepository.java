package dev.newsgraph.article.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.time.InstantRange;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Reads articles: by id, in batches, as duplicates of new content, and as newest-first pages. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The article that has this normalised url or this content hash, the url match first. */
    public Optional<Article> findDuplicate(String url, String contentHash) {
        if (url != null) {
            Optional<Article> byUrl = find("url", url).firstResultOptional();
            if (byUrl.isPresent()) {
                return byUrl;
            }
        }
        return find("contentHash", contentHash).firstResultOptional();
    }

    /** An article other than {@code id} that has this normalised url or this content hash. */
    public Optional<Article> findDuplicateOf(UUID id, String url, String contentHash) {
        return url == null
                ? find("contentHash = ?1 and id <> ?2", contentHash, id).firstResultOptional()
                : find("(url = ?1 or contentHash = ?2) and id <> ?3", url, contentHash, id).firstResultOptional();
    }

    /** The articles among these ids, in no particular order, in one query. */
    public List<Article> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /**
     * One page of the articles matching the filter, newest first: by {@code listed_at} (publishedAt,
     * else ingestedAt) descending, then id descending. A cursor is the key of an item, so pages stay
     * stable while articles are inserted; a backward read walks {@code article_listed_idx} the other way.
     */
    public Page<Article> list(ArticleFilter filter, KeysetRead read) {
        List<String> conditions = new ArrayList<>(filter.conditions());
        ListKey key = read.key() == null ? null : ListKey.decode(read.key());
        if (key != null) {
            conditions.add(read.backward() ? "(a.listed_at, a.id) >= (:keyListedAt, :keyId)" : "(a.listed_at, a.id) < (:keyListedAt, :keyId)");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = read.backward() ? " ORDER BY a.listed_at, a.id" : " ORDER BY a.listed_at DESC, a.id DESC";
        Query query = filter.bind(getEntityManager().createNativeQuery(
                "SELECT " + Article.COLUMNS + " FROM article a" + where + order + " LIMIT :limit", Article.class));
        if (key != null) {
            query.setParameter("keyListedAt", key.listedAt()).setParameter("keyId", key.id());
        }
        @SuppressWarnings("unchecked")
        List<Article> rows = query.setParameter("limit", read.limit() + 1).getResultList();

        List<String> filterConditions = filter.conditions();
        String countWhere = filterConditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", filterConditions);
        long total = ((Number) filter.bind(getEntityManager()
                .createNativeQuery("SELECT count(*) FROM article a" + countWhere)).getSingleResult()).longValue();
        return read.page(rows, a -> new ListKey(a.listedAt(), a.id).encode(), a -> a, total);
    }

    private record ListKey(Instant listedAt, UUID id) {

        String encode() {
            return Cursor.encode(listedAt.toString(), id.toString());
        }

        static ListKey decode(String cursor) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                Instant listedAt = Instant.parse(parts.get(0));
                if (InstantRange.contains(listedAt)) {
                    return new ListKey(listedAt, UUID.fromString(parts.get(1)));
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // answered below, like a cursor holding an instant out of range
            }
            throw ProblemException.badRequest("invalid-cursor", "The cursor is not one this service issued");
        }
    }
}
