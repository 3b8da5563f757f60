package dev.newsgraph.gateway.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.paging.Page;
import io.smallrye.mutiny.Uni;

class PageWalkerTest {

    /** A service list of 0..size-1 paged by offset behind opaque cursors, counting its calls. */
    private static final class NumberList implements PageWalker.PageSource<Integer> {
        final int size;
        final List<Integer> limits = new ArrayList<>();

        NumberList(int size) {
            this.size = size;
        }

        @Override
        public Uni<Page<Integer>> apply(String cursor, Integer limit) {
            limits.add(limit);
            int from = cursor == null ? 0 : Integer.parseInt(Cursor.decode(cursor, 1).get(0));
            int to = Math.min(size, from + limit);
            List<Integer> items = IntStream.range(from, to).boxed().toList();
            return Uni.createFrom().item(new Page<>(items, to < size ? Cursor.encode(Integer.toString(to)) : null, size));
        }
    }

    private static Window<Integer> walk(NumberList list, ListPosition from, int first) {
        return PageWalker.walk(from, first, list).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void pagesEndToEndWithoutLossOrRepeat() {
        NumberList list = new NumberList(23);
        List<Integer> seen = new ArrayList<>();
        ListPosition at = ListPosition.START;
        Window<Integer> window;
        do {
            window = walk(list, at, 5);
            window.items().forEach(p -> seen.add(p.item()));
            at = window.end();
        } while (window.hasNextPage());
        assertEquals(IntStream.range(0, 23).boxed().toList(), seen);
        assertEquals(23L, window.totalCount());
    }

    @Test
    void aPageEndOnAServicePageEndPassesTheServiceCursorThrough() {
        Window<Integer> window = walk(new NumberList(10), ListPosition.START, 4);
        assertEquals(new ListPosition(Cursor.encode("4"), 0), window.end());
    }

    @Test
    void resumingMidPageSkipsAndStraddlesServicePages() {
        NumberList list = new NumberList(300);
        Window<Integer> first = walk(list, ListPosition.START, 10);
        ListPosition third = first.items().get(2).after();
        assertEquals(new ListPosition(null, 3), third);
        Window<Integer> resumed = walk(list, third, 100);
        assertEquals(IntStream.range(3, 103).boxed().toList(), resumed.items().stream().map(Window.Positioned::item).toList());
        assertEquals(List.of(10, 100, 3), list.limits, "service limits stay within 100: one page of 100, then the 3 left");
        assertTrue(resumed.hasNextPage());
    }

    @Test
    void theLastPageSaysSo() {
        Window<Integer> window = walk(new NumberList(3), ListPosition.START, 5);
        assertEquals(3, window.items().size());
        assertFalse(window.hasNextPage());
    }

    @Test
    void cursorsRoundTripAndBelongToTheirList() {
        ListPosition position = new ListPosition(Cursor.encode("40"), 7);
        assertEquals(position, ListPosition.after(position.encode("articles", ""), "articles", ""));
        assertEquals(ListPosition.START, ListPosition.after(null, "articles", ""));
        String other = position.encode("entities", "");
        org.junit.jupiter.api.Assertions.assertThrows(dev.newsgraph.gateway.errors.BadUserInputError.class,
                () -> ListPosition.after(other, "articles", ""));
    }
}
