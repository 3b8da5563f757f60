package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("UpdateArticlePayload")
@Description("The result of updating an article.")
public record UpdateArticlePayload(
        @Description("The updated article, with its new version; null when the update was refused.") Article article,
        @Description("Problems with the input, e.g. `VERSION_MISMATCH` when the article changed since it was read.") @NonNull List<@NonNull UserError> userErrors) {
}
