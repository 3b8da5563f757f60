package dev.newsgraph.article.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.newsgraph.article.store.Article;
import dev.newsgraph.article.store.Section;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An article as the API shows it (docs/service-contracts.md, "Article"). Registered for reflection:
 * endpoints answering {@code Response} do not name it in their signatures, which a native build reads.
 */
@RegisterForReflection
public record ArticleView(UUID id, String url, String headline, String standfirst, List<String> authors,
        String source, String language, Instant publishedAt, Instant ingestedAt, Instant updatedAt, long version,
        List<String> tags, List<Section> sections, String text, int wordCount, String contentHash) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.publishedAt,
                a.ingestedAt, a.updatedAt, a.version, a.tags, a.sections, a.text, a.wordCount, a.contentHash);
    }
}
