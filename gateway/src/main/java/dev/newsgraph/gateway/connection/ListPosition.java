package dev.newsgraph.gateway.connection;

/**
 * A position between two items of a list a service pages for us: the service's own opaque cursor,
 * which names the position just after its key item (null for the list start), plus how many items
 * after that lie before the position. Items after it: the service page from that cursor, less the
 * first {@code skip}. Items before it: the service's backward read before that cursor, then those
 * {@code skip} items. A position on a service page boundary is {@code (that page's cursor, 0)}, so
 * paging passes the service's cursor straight through.
 *
 * @param serviceCursor the service cursor the position counts from; null for the list start
 * @param skip          items after the service cursor that lie before the position
 */
public record ListPosition(String serviceCursor, int skip) {

    public static final ListPosition START = new ListPosition(null, 0);
}
