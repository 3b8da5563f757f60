package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ArticleEntity")
@Description("An entity as it stands in one article: how prominent it is there and where it is mentioned.")
public record ArticleEntity(
        @Description("The entity.") @NonNull Entity entity,
        @Description("How central the entity is to the article, from 0 to 1.") double salience,
        @Description("How many times the article mentions the entity.") int mentionCount,
        @Description("The mentions, in text order.") @NonNull List<@NonNull Mention> mentions) {
}
