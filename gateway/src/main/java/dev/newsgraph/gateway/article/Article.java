package dev.newsgraph.gateway.article;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.batch.OperationFields;
import dev.newsgraph.gateway.node.Node;
import io.smallrye.graphql.api.Context;

@Type("Article")
@Description("A news article as ingested into Newsgraph. Its entities, analysis and related articles come from entity recognition, so those fields are null when that part of the system is unavailable.")
public record Article(
        @Description("Stable id of the article.") @Id @NonNull String id,
        @Description("Canonical address of the article on the web, when known.") String url,
        @Description("The headline.") @NonNull String headline,
        @Description("The standfirst (summary under the headline), when there is one.") String standfirst,
        @Description("Names of the authors, in byline order.") @NonNull List<@NonNull String> authors,
        @Description("The publication or agency the article comes from.") String source,
        @Description("Language of the article as a BCP 47 tag, e.g. `en`.") String language,
        @Description("When the article was published, when known.") Instant publishedAt,
        @Description("When Newsgraph first received the article.") @NonNull Instant ingestedAt,
        @Description("When the article last changed.") @NonNull Instant updatedAt,
        @Description("Version of the article, starting at 1 and increased by every update; pass it as `expectedVersion` when updating.") int version,
        @Description("Free-form tags given at ingestion.") @NonNull List<@NonNull String> tags,
        @Description("The body as sections of paragraphs.") @NonNull List<@NonNull Section> sections,
        @Description("The body as plain text: headline, standfirst and paragraphs separated by blank lines. Entity mention offsets index into this text.") @NonNull String text,
        @Description("Number of words of the plain text.") int wordCount) implements Node {

    private static final Set<String> BODY = Set.of("text", "sections");

    /** Whether the operation reads any article's body (its sections or text): most of an article's bytes. */
    public static boolean bodyRequested(Context context) {
        return OperationFields.selects(context, "Article", BODY);
    }
}
