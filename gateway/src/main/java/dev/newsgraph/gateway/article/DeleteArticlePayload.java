package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.errors.UserError;

@Type("DeleteArticlePayload")
@Description("The result of deleting an article.")
public record DeleteArticlePayload(
        @Description("The id of the deleted article; null when the deletion was refused.") @Id String deletedArticleId,
        @Description("Problems with the input, e.g. `VERSION_MISMATCH`.") @NonNull List<@NonNull UserError> userErrors) {
}
