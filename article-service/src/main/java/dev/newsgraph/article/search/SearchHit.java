package dev.newsgraph.article.search;

import java.util.List;

import dev.newsgraph.article.api.ArticleView;

/**
 * One search result.
 *
 * @param score       ts_rank_cd of the article for the query; higher ranks first
 * @param snippet     fragments of the article's plain text around the matches, HTML-escaped, the matches
 *                    wrapped in {@code <mark>...</mark>} (the only markup in it): safe to insert into a page
 * @param snippetText the same fragments as plain text, not escaped
 * @param highlights  the matches as [start, end) offsets into {@code snippetText} (UTF-16 code units)
 */
public record SearchHit(ArticleView article, float score, String snippet, String snippetText, List<Snippet.TextRange> highlights) {

    public static SearchHit of(ArticleView article, float score, Snippet snippet) {
        return new SearchHit(article, score, snippet.html(), snippet.text(), snippet.highlights());
    }

    public SearchHit withoutBody() {
        return new SearchHit(article.withoutBody(), score, snippet, snippetText, highlights);
    }
}
