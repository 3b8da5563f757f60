package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("An article that matches a full-text search, with how well it matches and where.")
public record SearchHit(
        @Description("The matching article.") @NonNull Article article,
        @Description("Relevance of the match; higher is better. Only comparable within one search.") double score,
        @Description("An excerpt of the article around the matches, with matched words wrapped in `<mark>` and `</mark>`.") String snippet) {
}
