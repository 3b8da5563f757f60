package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

@Input("ArticleMetaInput")
@Description("Metadata for an article ingested as text; the headline and body come from the text itself.")
public record ArticleMetaInput(
        @Description("Canonical address of the article; articles with the same address are duplicates.") String url,
        @Description("The publication or agency, e.g. `Reuters`.") String source,
        @Description("When the article was published.") Instant publishedAt,
        @Description("Language as a BCP 47 tag, e.g. `en`.") String language,
        @Description("Names of the authors, in byline order.") @Nullable List<@NonNull String> authors,
        @Description("Free-form tags.") @Nullable List<@NonNull String> tags) {

    public static final ArticleMetaInput NONE = new ArticleMetaInput(null, null, null, null, null, null);
}
