package dev.newsgraph.gateway.connection;

import java.util.List;
import java.util.function.BiFunction;

/** Builds the edges and page info of a GraphQL connection from a {@link Window}. */
public final class Connections {

    private Connections() {
    }

    /**
     * @param edge makes an edge of an item and its cursor
     */
    public static <T, E> List<E> edges(Window<T> window, String kind, String owner, BiFunction<String, T, E> edge) {
        return window.items().stream().map(p -> edge.apply(p.cursor().encode(kind, owner), p.item())).toList();
    }

    public static PageInfo pageInfo(Window<?> window, String kind, String owner) {
        return new PageInfo(window.hasNextPage(), window.hasPreviousPage(), encode(window.start(), kind, owner),
                encode(window.end(), kind, owner));
    }

    public static Integer totalCount(Window<?> window) {
        return window.totalCount() == null ? null : Math.toIntExact(window.totalCount());
    }

    private static String encode(ListCursor cursor, String kind, String owner) {
        return cursor == null ? null : cursor.encode(kind, owner);
    }
}
