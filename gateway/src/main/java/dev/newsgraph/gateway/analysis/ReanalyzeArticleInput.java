package dev.newsgraph.gateway.analysis;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ReanalyzeArticleInput")
@Description("Asks for an article's entities to be found again, e.g. after the recognizer improved.")
public record ReanalyzeArticleInput(@Description("The article to analyse again.") @Id @NonNull String articleId) {
}
