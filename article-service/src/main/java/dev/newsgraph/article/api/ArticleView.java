package dev.newsgraph.article.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

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
        List<String> tags, @JsonInclude(Include.NON_NULL) List<Section> sections, @JsonInclude(Include.NON_NULL) String text,
        int wordCount, String contentHash) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.url, a.headline, a.standfirst, a.authors, a.source, a.language, a.publishedAt,
                a.ingestedAt, a.updatedAt, a.version, a.tags, a.sections, a.text, a.wordCount, a.contentHash);
    }

    /** The article with its body ({@code sections} and {@code text}) or without, as the reader asked ({@code body=false}). */
    public static ArticleView of(Article a, boolean withBody) {
        return withBody ? of(a) : of(a).withoutBody();
    }

    /** Everything but the body, which is most of an article's bytes: for lists that show headlines. */
    public ArticleView withoutBody() {
        return new ArticleView(id, url, headline, standfirst, authors, source, language, publishedAt, ingestedAt, updatedAt,
                version, tags, null, null, wordCount, contentHash);
    }
}
