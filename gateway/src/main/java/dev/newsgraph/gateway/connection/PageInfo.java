package dev.newsgraph.gateway.connection;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page of a connection starts and ends and whether items precede or follow it (Relay cursor connections). Every cursor works as `after` and as `before`, whichever way its page was read.")
public record PageInfo(
        @Description("True when more items follow this page; ask for them with `first` and `after: endCursor`. A page read backward with `before` says true, since the item of `before` follows it.") boolean hasNextPage,
        @Description("True when items precede this page; ask for them with `last` and `before: startCursor`. A page read forward with `after` says true, since the item of `after` precedes it.") boolean hasPreviousPage,
        @Description("Cursor of the page's first edge, to pass as `before` for the items before it; where a scan stopped before it when a filtered page ended early; null when the page is empty.") String startCursor,
        @Description("Cursor of the page's last edge, to pass as `after` for the items after it; where a scan stopped after it when a filtered page ended early; null when the page is empty.") String endCursor) {
}
