package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("IngestArticlePayload")
@Description("The result of ingesting an article.")
public record IngestArticlePayload(
        @Description("The stored article: the new one, or the existing one when this was a duplicate; null when the input was rejected.") Article article,
        @Description("True when an article with the same address or content already existed and nothing new was stored.") boolean duplicate,
        @Description("Problems with the input; empty when the article was ingested.") @NonNull List<@NonNull UserError> userErrors) {

    static IngestArticlePayload of(IngestOutcome outcome) {
        return new IngestArticlePayload(outcome.article(), outcome.duplicate(), List.of());
    }

    static IngestArticlePayload rejected(List<UserError> errors) {
        return new IngestArticlePayload(null, false, errors);
    }
}
