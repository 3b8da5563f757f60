package dev.newsgraph.gateway.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.newsgraph.commons.paging.Page;

import io.smallrye.mutiny.Uni;

/**
 * Cuts a GraphQL page of {@code first} items, starting at a {@link ListPosition}, out of a list a
 * service pages by keyset: fetches service pages (at most 100 items each) from the position's
 * service cursor, skips the position's offset, and follows {@code nextCursor} until the page is full
 * or the list ends. Usually one service call; two when a mid-page position and a large {@code first}
 * straddle a service page boundary.
 */
public final class PageWalker {

    private static final int SERVICE_LIMIT = 100;

    private PageWalker() {
    }

    /** Fetches a service page: {@code (cursor or null, limit)} to the page. */
    public interface PageSource<T> extends BiFunction<String, Integer, Uni<Page<T>>> {
    }

    public static <T> Uni<Window<T>> walk(ListPosition from, int first, PageSource<T> source) {
        return step(from.serviceCursor(), from.skip(), first, source, new ArrayList<>(), null);
    }

    private static <T> Uni<Window<T>> step(String cursor, int skip, int first, PageSource<T> source,
            List<Window.Positioned<T>> collected, Long total) {
        int limit = Math.min(SERVICE_LIMIT, skip + first - collected.size());
        return source.apply(cursor, limit).flatMap(page -> {
            Long totalCount = total != null ? total : Long.valueOf(page.totalCount());
            List<T> items = page.items() == null ? List.of() : page.items();
            int index = skip;
            while (index < items.size() && collected.size() < first) {
                collected.add(new Window.Positioned<>(items.get(index), positionAfter(cursor, index, page)));
                index++;
            }
            if (collected.size() == first) {
                boolean more = index < items.size() || page.nextCursor() != null;
                return Uni.createFrom().item(new Window<>(collected, positionAfter(cursor, index - 1, page), more, totalCount));
            }
            if (page.nextCursor() != null && !items.isEmpty()) {
                return step(page.nextCursor(), Math.max(0, skip - items.size()), first, source, collected, totalCount);
            }
            ListPosition end = collected.isEmpty() ? new ListPosition(cursor, skip) : collected.get(collected.size() - 1).after();
            return Uni.createFrom().item(new Window<>(collected, end, false, totalCount));
        });
    }

    /** A whole first page a service already returned, positioned like a walk from the list start. */
    public static <T> Window<T> wholePage(Page<T> page) {
        if (page == null) {
            return new Window<>(List.of(), ListPosition.START, false, 0L);
        }
        List<T> items = page.items() == null ? List.of() : page.items();
        List<Window.Positioned<T>> positioned = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            positioned.add(new Window.Positioned<>(items.get(i), positionAfter(null, i, page)));
        }
        ListPosition end = positioned.isEmpty() ? ListPosition.START : positioned.get(positioned.size() - 1).after();
        return new Window<>(positioned, end, page.nextCursor() != null, page.totalCount());
    }

    /** The same page with each item mapped, e.g. search hits to their articles. */
    public static <T, R> Page<R> mapItems(Page<T> page, Function<T, R> mapper) {
        List<T> items = page.items() == null ? List.of() : page.items();
        return new Page<>(items.stream().map(mapper).toList(), page.nextCursor(), page.totalCount());
    }

    private static ListPosition positionAfter(String cursor, int index, Page<?> page) {
        if (page.items() != null && index + 1 == page.items().size() && page.nextCursor() != null) {
            return new ListPosition(page.nextCursor(), 0);
        }
        return new ListPosition(cursor, index + 1);
    }
}
