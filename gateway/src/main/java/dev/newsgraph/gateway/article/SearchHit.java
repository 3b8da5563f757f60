package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchHit")
@Description("An article that matches a full-text search, with how well it matches and where.")
public record SearchHit(
        @Description("The matching article.") @NonNull Article article,
        @Description("Relevance of the match; higher is better. Only comparable within one search.") double score,
        @Description("An excerpt of the article around the matches as HTML: the text is HTML-escaped and the only markup is `<mark>` and `</mark>` around matched words, so it can be inserted into a page as is.") String snippet,
        @Description("The same excerpt as plain text, not escaped, for clients that render it themselves with `highlights`.") String snippetText,
        @Description("Where the matched words are in `snippetText`, in order.") @NonNull List<@NonNull TextRange> highlights) {

    public SearchHit {
        highlights = highlights == null ? List.of() : highlights;
    }
}
