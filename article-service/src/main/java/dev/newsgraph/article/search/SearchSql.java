package dev.newsgraph.article.search;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.article.store.Article;
import dev.newsgraph.article.store.ArticleFilter;

/**
 * The SQL of a search, in two steps: {@link #pageSql} picks the page's hits and counts the matches,
 * {@link #hitsSql} reads those hits' articles and snippets. Matching uses the GIN-indexed {@code search}
 * vector; ranking and snippets read whole texts, so each is done for as few rows as possible.
 */
final class SearchSql {

    /** Matches are marked with control characters that no stored text holds; {@link Snippet} escapes and marks up. */
    static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.START + ", StopSel=" + Snippet.STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    private SearchSql() {
    }

    /**
     * One page of (id, score) by score descending, id ascending (reversed backward), each row also carrying how many matches
     * were read ({@code matched}, at most {@code :probe}); a page without hits is one row whose id and
     * score are null, so the count always comes back.
     *
     * <p>{@code recent} holds the {@code :probe} most recent matches (list order, listed_at then id,
     * like {@code article_listed_idx}). For a word in most articles PostgreSQL walks that index and stops
     * after {@code :probe} matches; for a rarer one it reads the GIN index's matches and keeps the most
     * recent. Only the first {@code :bound} of them are ranked, since ts_rank_cd reads each whole vector.
     * The set depends only on the query and the articles, so the (score, id) keyset pages through it
     * stably. A backward read ({@code backward}) takes the hits at or before the key (or the end of the
     * set) in reverse order, one past the limit, like every backward keyset read.
     */
    static String pageSql(ArticleFilter filter, boolean keyed, boolean backward) {
        List<String> conditions = new ArrayList<>();
        conditions.add("a.search @@ tsq");
        conditions.addAll(filter.conditions());
        return "WITH recent AS MATERIALIZED ("
                + "SELECT a.id, a.listed_at, a.search, tsq FROM article a, websearch_to_tsquery('english', :q) tsq"
                + " WHERE " + String.join(" AND ", conditions)
                + " ORDER BY a.listed_at DESC, a.id DESC LIMIT :probe),"
                + " ranked AS (SELECT r.id, ts_rank_cd(r.search, r.tsq) AS score"
                + " FROM (SELECT * FROM recent ORDER BY listed_at DESC, id DESC LIMIT :bound) r)"
                + " SELECT hit.id, hit.score, total.matched"
                + " FROM (SELECT count(*) AS matched FROM recent) total"
                + " LEFT JOIN (SELECT ranked.id, ranked.score FROM ranked"
                + (keyed ? (backward ? " WHERE ranked.score > :keyScore OR (ranked.score = :keyScore AND ranked.id <= :keyId)"
                        : " WHERE ranked.score < :keyScore OR (ranked.score = :keyScore AND ranked.id > :keyId)") : "")
                + (backward ? " ORDER BY ranked.score, ranked.id DESC LIMIT :limit) hit ON true ORDER BY hit.score, hit.id DESC"
                        : " ORDER BY ranked.score DESC, ranked.id LIMIT :limit) hit ON true ORDER BY hit.score DESC, hit.id");
    }

    /** The articles of a page's hits ({@code :ids}) with their snippets; ts_headline re-parses each text. */
    static String hitsSql() {
        return "SELECT " + Article.COLUMNS + ","
                + " ts_headline('english', a.plain_text, websearch_to_tsquery('english', :q), :options) AS snippet"
                + " FROM article a WHERE a.id IN (:ids)";
    }
}
