package dev.newsgraph.gateway.entity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import dev.newsgraph.gateway.connection.PageInfo;

@Type("EntityConnection")
@Description("A page of a list of entities (Relay cursor connection).")
public record EntityConnection(
        @Description("The entities of this page, in list order.") @NonNull List<@NonNull EntityEdge> edges,
        @Description("Whether entities precede or follow this page and the cursors to get them.") @NonNull PageInfo pageInfo,
        @Description("How many entities the whole list holds.") int totalCount) {
}
