package dev.newsgraph.gateway.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("TextRange")
@Description("A range of a text: from `start` (included) to `end` (excluded), counted in UTF-16 code units, as JavaScript string indices are.")
public record TextRange(
        @Description("Index of the first code unit of the range.") int start,
        @Description("Index just past the last code unit of the range.") int end) {
}
