package dev.newsgraph.article.search;

import dev.newsgraph.article.api.ArticleView;

/**
 * One search result.
 *
 * @param score   ts_rank_cd of the article for the query; higher ranks first
 * @param snippet fragments of the article's plain text around the matches, matches wrapped in
 *                {@code <mark>...</mark>}; the text itself is not HTML-escaped
 */
public record SearchHit(ArticleView article, float score, String snippet) {

    public SearchHit withoutBody() {
        return new SearchHit(article.withoutBody(), score, snippet);
    }
}
