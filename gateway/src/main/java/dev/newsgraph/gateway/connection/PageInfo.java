package dev.newsgraph.gateway.connection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page of a connection ends and whether more items follow (Relay cursor connections).")
public record PageInfo(
        @Description("True when more items follow this page; ask for them with `after: endCursor`.") boolean hasNextPage,
        @Description("Cursor to pass as `after` for the next page; null when the page is empty.") String endCursor) {
}
