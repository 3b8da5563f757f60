package dev.newsgraph.gateway.related;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;

@Type("RelatedArticle")
@Description("An article that shares entities with another one; `article` and `sharedEntities` are resolved in batches.")
public record RelatedArticle(
        @Ignore String articleId,
        @Description("How many entities the two articles have in common.") int sharedCount,
        @Ignore List<String> sharedEntityIds) {

    static RelatedArticle of(RelatedArticleRef ref) {
        return new RelatedArticle(ref.articleId(), ref.sharedCount(), ref.sharedEntityIds() == null ? List.of() : ref.sharedEntityIds());
    }
}
