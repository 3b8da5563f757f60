package dev.newsgraph.gateway.connection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;

import io.smallrye.mutiny.Uni;

/**
 * Cuts a GraphQL page out of a list a service pages by keyset (at most 100 items a call), forward or
 * backward ({@link PageRequest}), and gives every item a {@link ListCursor} of positions the service's
 * cursors can resume from in either direction.
 *
 * <p>Forward: reads from the position's service cursor, skips the position's offset, and follows
 * {@code nextCursor} until the page is full or the list ends; usually one call, two when a mid-page
 * position and a large {@code first} straddle a service page boundary. Backward from
 * {@code (cursor, skip)}: the {@code skip} items after the cursor (one forward read, when skip > 0),
 * preceded by a backward read before the cursor when those are too few; from the end, one backward read.
 * A backward read's {@code previousCursor} names the position before its first item, which places each
 * of its items. At most two calls either way, never a walk from the list start.
 */
public final class PageWalker {

    private static final int SERVICE_LIMIT = 100;

    private PageWalker() {
    }

    /** Reads a service page. */
    public interface PageSource<T> {
        Uni<Page<T>> read(KeysetRead read);
    }

    public static <T> Uni<Window<T>> walk(PageRequest request, PageSource<T> source) {
        if (!request.backward()) {
            ListPosition from = request.from();
            return forward(from.serviceCursor(), from.skip(), request.size(), !from.equals(ListPosition.START), source,
                    new ArrayList<>(), null);
        }
        if (request.from() == null) {
            return source.read(new KeysetRead(null, null, true, request.size())).map(page -> wholePage(page, true));
        }
        return backward(request.from(), request.size(), source);
    }

    /** A whole page a service already returned: the list's first page, or with {@code last} its last page. */
    public static <T> Window<T> wholePage(Page<T> page, boolean last) {
        if (page == null) {
            return Window.of(List.of(), false, false, 0L);
        }
        if (!last) {
            List<Window.Positioned<T>> items = new ArrayList<>();
            positionForward(page, null, 0, items(page).size(), items);
            return Window.of(items, false, page.nextCursor() != null, page.totalCount());
        }
        return Window.of(positionBackward(page, null), page.previousCursor() != null, false, page.totalCount());
    }

    /** The same page with each item mapped, e.g. search hits to their articles. */
    public static <T, R> Page<R> mapItems(Page<T> page, Function<T, R> mapper) {
        return new Page<>(items(page).stream().map(mapper).toList(), page.nextCursor(), page.totalCount(), page.previousCursor());
    }

    private static <T> Uni<Window<T>> forward(String cursor, int skip, int first, boolean hasPrevious, PageSource<T> source,
            List<Window.Positioned<T>> collected, Long total) {
        int limit = Math.min(SERVICE_LIMIT, skip + first - collected.size());
        return source.read(KeysetRead.forward(cursor, limit)).flatMap(page -> {
            Long totalCount = total != null ? total : Long.valueOf(page.totalCount());
            List<T> items = items(page);
            int index = positionForward(page, cursor, skip, skip + first - collected.size(), collected);
            if (collected.size() == first) {
                boolean more = index < items.size() || page.nextCursor() != null;
                return Uni.createFrom().item(Window.of(collected, hasPrevious, more, totalCount));
            }
            if (page.nextCursor() != null && !items.isEmpty()) {
                return forward(page.nextCursor(), Math.max(0, skip - items.size()), first, hasPrevious, source, collected, totalCount);
            }
            return Uni.createFrom().item(Window.of(collected, hasPrevious, false, totalCount));
        });
    }

    private static <T> Uni<Window<T>> backward(ListPosition before, int last, PageSource<T> source) {
        String cursor = before.serviceCursor();
        // the items between the service cursor and the position; at the list start, a read for the total
        Uni<Page<T>> afterCursor = before.skip() > 0 || cursor == null
                ? source.read(KeysetRead.forward(cursor, Math.max(1, before.skip())))
                : Uni.createFrom().nullItem();
        return afterCursor.flatMap(page -> {
            List<Window.Positioned<T>> tail = new ArrayList<>();
            if (page != null) {
                positionForward(page, cursor, 0, before.skip(), tail);
            }
            if (tail.size() >= last || cursor == null) {
                int from = Math.max(0, tail.size() - last);
                // a service cursor names the position after an item, so items precede it
                return Uni.createFrom().item(Window.of(tail.subList(from, tail.size()), from > 0 || cursor != null, true, page.totalCount()));
            }
            return source.read(new KeysetRead(null, cursor, false, last - tail.size())).map(previous -> {
                List<Window.Positioned<T>> items = positionBackward(previous, cursor);
                items.addAll(tail);
                return Window.of(items, previous.previousCursor() != null, true, previous.totalCount());
            });
        });
    }

    /**
     * Positions the items of a forward read from {@code cursor}, from index {@code from} until
     * {@code until} or the page's end, adding them to {@code collected}; answers the index it stopped at.
     */
    private static <T> int positionForward(Page<T> page, String cursor, int from, int until, List<Window.Positioned<T>> collected) {
        List<T> items = items(page);
        int index = from;
        while (index < items.size() && index < until) {
            ListPosition after = index + 1 == items.size() && page.nextCursor() != null
                    ? new ListPosition(page.nextCursor(), 0)
                    : new ListPosition(cursor, index + 1);
            collected.add(new Window.Positioned<>(items.get(index), new ListCursor(new ListPosition(cursor, index), after)));
            index++;
        }
        return index;
    }

    /**
     * Positions the items of a backward read before {@code cursor} (null: from the end): each counts from
     * the page's {@code previousCursor}; the last one ends at {@code cursor}, when there is one.
     */
    private static <T> List<Window.Positioned<T>> positionBackward(Page<T> page, String cursor) {
        List<T> items = items(page);
        String start = page.previousCursor();
        List<Window.Positioned<T>> positioned = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ListPosition after = i + 1 == items.size() && cursor != null ? new ListPosition(cursor, 0) : new ListPosition(start, i + 1);
            positioned.add(new Window.Positioned<>(items.get(i), new ListCursor(new ListPosition(start, i), after)));
        }
        return positioned;
    }

    private static <T> List<T> items(Page<T> page) {
        return page.items() == null ? List.of() : page.items();
    }
}
