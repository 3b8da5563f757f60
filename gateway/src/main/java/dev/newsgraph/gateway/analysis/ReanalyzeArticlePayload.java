package dev.newsgraph.gateway.analysis;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("ReanalyzeArticlePayload")
@Description("The result of asking for an article to be analysed again; subscribe to `articleAnalyzed` to learn when it is done.")
public record ReanalyzeArticlePayload(
        @Description("The analysis status right after the request, normally PENDING; null when the request was refused.") ArticleAnalysis analysis,
        @Description("Problems with the input, e.g. `NOT_FOUND`.") @NonNull List<@NonNull UserError> userErrors) {
}
