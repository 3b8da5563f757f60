package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.graphql.api.Nullable;

@Input("ArticleInput")
@Description("A structured article to ingest or the new content of an article being updated.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleInput(
        @Description("Canonical address of the article; articles with the same address are duplicates.") String url,
        @Description("The headline (required).") @NonNull String headline,
        @Description("The standfirst (summary under the headline).") String standfirst,
        @Description("Names of the authors, in byline order.") @Nullable List<@NonNull String> authors,
        @Description("The publication or agency, e.g. `Reuters`.") String source,
        @Description("Language as a BCP 47 tag, e.g. `en`.") String language,
        @Description("When the article was published.") Instant publishedAt,
        @Description("Free-form tags.") @Nullable List<@NonNull String> tags,
        @Description("The body as sections of paragraphs (at least one paragraph).") @NonNull List<@NonNull Section> sections) {
}
