package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

@Input("ArticleFilter")
@Description("Restricts a list of articles. All given conditions must hold.")
public record ArticleFilter(
        @Description("Only articles from this source, e.g. `Reuters`.") String source,
        @Description("Only articles in this language (BCP 47 tag, e.g. `en`).") String language,
        @Description("Only articles carrying this tag.") String tag,
        @Description("Only articles published at or after this instant.") Instant publishedAfter,
        @Description("Only articles published before this instant.") Instant publishedBefore,
        @Description("Only articles that mention every one of these entities.") @Id @Nullable List<@NonNull String> mentions,
        @Description("Only articles matching this full-text query (web-search syntax: words, \"phrases\", `-excluded`, `or`). Results are then ranked by relevance, among the most recently published matches when more match than a search ranks.") String text) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, null, null, null);

    public boolean hasMentions() {
        return mentions != null && !mentions.isEmpty();
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether any condition other than {@code mentions} is set. */
    public boolean restrictsBeyondMentions() {
        return source != null || language != null || tag != null || publishedAfter != null || publishedBefore != null || hasText();
    }
}
