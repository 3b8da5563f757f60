package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteArticleInput")
@Description("Deletes an article.")
public record DeleteArticleInput(
        @Description("The article to delete.") @Id @NonNull String id,
        @Description("When given, delete only if the article still has this version.") Integer expectedVersion) {
}
