package dev.newsgraph.article.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import dev.newsgraph.article.api.ArticleView;
import dev.newsgraph.article.store.Article;
import dev.newsgraph.article.store.ArticleFilter;
import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.problem.ProblemException;

/**
 * Full-text search over the generated, GIN-indexed {@code search} vector (headline weighted A, section
 * headings and standfirst B, body C). Queries use web-search syntax ({@code websearch_to_tsquery}:
 * quoted phrases, {@code -word}, {@code or}). The most recent matches, at most
 * {@link SearchConfig#maxRanked()}, are ranked by {@code ts_rank_cd} and paginated by keyset over
 * (score descending, id ascending); see {@link SearchSql}. Text is analysed as English whatever the
 * article's language.
 */
@ApplicationScoped
public class ArticleSearch {

    @Inject
    EntityManager em;

    @Inject
    SearchConfig config;

    public SearchPage search(String q, ArticleFilter filter, KeysetRead read) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("invalid-query", "q is required: the words to search for");
        }
        SearchKey key = read.key() == null ? null : SearchKey.decode(read.key());
        RankedSet ranked = RankedSet.of(config, filter);
        Query query = filter.bind(em.createNativeQuery(SearchSql.pageSql(filter, key != null, read.backward()))
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("score", StandardBasicTypes.FLOAT)
                .addScalar("matched", StandardBasicTypes.LONG))
                .setParameter("q", q)
                .setParameter("probe", ranked.probe())
                .setParameter("bound", ranked.bound())
                .setParameter("limit", read.limit() + 1);
        if (key != null) {
            query.setParameter("keyScore", key.score()).setParameter("keyId", key.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        long matched = (Long) rows.get(0)[2];
        List<SearchKey> keys = new ArrayList<>();
        for (Object[] row : rows) {
            if (row[0] != null) {
                keys.add(new SearchKey((Float) row[1], (UUID) row[0]));
            }
        }
        Page<SearchKey> page = read.page(keys, SearchKey::encode, k -> k, ranked.total(matched));
        return new SearchPage(hits(q, page.items()), page.nextCursor(), page.totalCount(), ranked.exact(matched), page.previousCursor());
    }

    /**
     * The page's hits in the page's order. An article deleted since the page was picked is left out; the
     * next cursor still follows the page as picked.
     */
    private List<SearchHit> hits(String q, List<SearchKey> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SearchSql.hitsSql())
                .unwrap(NativeQuery.class)
                .addEntity(Article.class)
                .addScalar("snippet", StandardBasicTypes.STRING)
                .setParameter("q", q)
                .setParameter("options", SearchSql.HEADLINE_OPTIONS)
                .setParameter("ids", page.stream().map(SearchKey::id).toList())
                .getResultList();
        Map<UUID, Object[]> byId = new HashMap<>();
        for (Object[] row : rows) {
            byId.put(((Article) row[0]).id, row);
        }
        List<SearchHit> hits = new ArrayList<>();
        for (SearchKey key : page) {
            Object[] row = byId.get(key.id());
            if (row != null) {
                hits.add(SearchHit.of(ArticleView.of((Article) row[0]), key.score(), Snippet.fromHeadline((String) row[1])));
            }
        }
        return hits;
    }

    private record SearchKey(float score, UUID id) {

        String encode() {
            // Float.toString round-trips exactly, so the cursor compares equal to the stored real.
            return Cursor.encode(Float.toString(score), id.toString());
        }

        static SearchKey decode(String cursor) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                float score = Float.parseFloat(parts.get(0));
                if (Float.isFinite(score)) {
                    return new SearchKey(score, UUID.fromString(parts.get(1)));
                }
            } catch (IllegalArgumentException e) {
                // answered below, like a score that is not a finite number
            }
            throw ProblemException.badRequest("invalid-cursor", "The cursor is not one this service issued");
        }
    }
}
