package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateArticleInput")
@Description("Replaces an article's content, provided nobody changed it since it was read.")
public record UpdateArticleInput(
        @Description("The article to update.") @Id @NonNull String id,
        @Description("The `version` the article had when it was read; the update is refused if it changed since.") int expectedVersion,
        @Description("The new content.") @NonNull ArticleInput article) {
}
