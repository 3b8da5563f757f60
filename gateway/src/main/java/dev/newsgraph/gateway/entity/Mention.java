package dev.newsgraph.gateway.entity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Mention")
@Description("One place in an article's text where an entity is named.")
public record Mention(
        @Description("The text as it appears in the article, e.g. `Putin`.") @NonNull String text,
        @Description("Offset of the first character in `Article.text` (UTF-16 code units).") int start,
        @Description("Offset just after the last character in `Article.text`.") int end,
        @Description("The sentence the mention occurs in.") String sentence,
        @Description("How sure the recognizer is that this is the entity, from 0 to 1.") Double confidence) {
}
