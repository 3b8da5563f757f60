package dev.newsgraph.article.search;

import java.util.ArrayList;
import java.util.List;
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
import dev.newsgraph.commons.paging.Page;
import dev.newsgraph.commons.problem.ProblemException;

/**
 * Full-text search over the generated, GIN-indexed {@code search} vector (headline weighted A, section
 * headings and standfirst B, body C). Queries use web-search syntax ({@code websearch_to_tsquery}:
 * quoted phrases, {@code -word}, {@code or}), hits are ranked by {@code ts_rank_cd} and paginated by
 * keyset over (score descending, id ascending). Text is analysed as English whatever the article's
 * language.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    @Inject
    EntityManager em;

    public Page<SearchHit> search(String q, ArticleFilter filter, String cursor, int limit) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badRequest("invalid-query", "q is required: the words to search for");
        }
        SearchKey after = cursor == null ? null : SearchKey.decode(cursor);
        Query query = filter.bind(em.createNativeQuery(hitsSql(filter, after != null))
                .unwrap(NativeQuery.class)
                .addEntity(Article.class)
                .addScalar("score", StandardBasicTypes.FLOAT)
                .addScalar("snippet", StandardBasicTypes.STRING))
                .setParameter("q", q)
                .setParameter("options", HEADLINE_OPTIONS)
                .setParameter("limit", limit + 1);
        if (after != null) {
            query.setParameter("afterScore", after.score()).setParameter("afterId", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<SearchHit> hits = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            hits.add(new SearchHit(ArticleView.of((Article) row[0]), ((Number) row[1]).floatValue(), (String) row[2]));
        }
        String next = null;
        if (rows.size() > limit) {
            SearchHit last = hits.get(limit - 1);
            next = new SearchKey(last.score(), last.article().id()).encode();
        }
        long total = ((Number) filter.bind(em.createNativeQuery(countSql(filter))).setParameter("q", q)
                .getSingleResult()).longValue();
        return new Page<>(hits, next, total);
    }

    /**
     * The hits query: the inner select finds and ranks matches through the GIN index and keeps one
     * page of them; only those get a snippet, since ts_headline re-parses the whole text.
     */
    static String hitsSql(ArticleFilter filter, boolean afterCursor) {
        List<String> conditions = matchConditions(filter);
        String ranked = "SELECT a.id, ts_rank_cd(a.search, tsq) AS score"
                + " FROM article a, websearch_to_tsquery('english', :q) tsq"
                + " WHERE " + String.join(" AND ", conditions);
        String page = "SELECT * FROM (" + ranked + ") ranked"
                + (afterCursor ? " WHERE ranked.score < :afterScore OR (ranked.score = :afterScore AND ranked.id > :afterId)" : "")
                + " ORDER BY ranked.score DESC, ranked.id LIMIT :limit";
        return "SELECT " + Article.COLUMNS + ", hit.score AS score,"
                + " ts_headline('english', a.plain_text, websearch_to_tsquery('english', :q), :options) AS snippet"
                + " FROM (" + page + ") hit JOIN article a ON a.id = hit.id"
                + " ORDER BY hit.score DESC, hit.id";
    }

    static String countSql(ArticleFilter filter) {
        return "SELECT count(*) FROM article a, websearch_to_tsquery('english', :q) tsq WHERE "
                + String.join(" AND ", matchConditions(filter));
    }

    private static List<String> matchConditions(ArticleFilter filter) {
        List<String> conditions = new ArrayList<>();
        conditions.add("a.search @@ tsq");
        conditions.addAll(filter.conditions());
        return conditions;
    }

    private record SearchKey(float score, UUID id) {

        String encode() {
            // Float.toString round-trips exactly, so the cursor compares equal to the stored real.
            return Cursor.encode(Float.toString(score), id.toString());
        }

        static SearchKey decode(String cursor) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                return new SearchKey(Float.parseFloat(parts.get(0)), UUID.fromString(parts.get(1)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("invalid-cursor", "The cursor is not one this service issued");
            }
        }
    }
}
