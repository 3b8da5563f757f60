package dev.newsgraph.gateway.article;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Section")
@Description("A part of an article's body: an optional heading and its paragraphs.")
public record Section(
        @Description("The section's heading; null for the untitled opening section.") String heading,
        @Description("The section's paragraphs, in order.") @NonNull List<@NonNull String> paragraphs) {
}
