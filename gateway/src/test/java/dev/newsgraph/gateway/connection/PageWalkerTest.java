package dev.newsgraph.gateway.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.paging.Cursor;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.Page;
import io.smallrye.mutiny.Uni;

class PageWalkerTest {

    /**
     * A service list of 0..size-1 behind opaque cursors, read forward and backward like the services do:
     * the cursor "n" names the position after item n-1. Counts its calls and their limits.
     */
    private static final class NumberList implements PageWalker.PageSource<Integer> {
        final int size;
        final List<Integer> limits = new ArrayList<>();

        NumberList(int size) {
            this.size = size;
        }

        @Override
        public Uni<Page<Integer>> read(KeysetRead read) {
            assertTrue(read.limit() >= 1 && read.limit() <= 100, "service limit " + read.limit());
            limits.add(read.limit());
            if (read.backward()) {
                int to = read.last() ? size : Math.min(size, position(read.before()));
                int from = Math.max(0, to - read.limit());
                return page(from, to, read.before(), from > 0 ? cursor(from) : null);
            }
            int from = read.cursor() == null ? 0 : position(read.cursor());
            int to = Math.min(size, from + read.limit());
            return page(from, to, to < size ? cursor(to) : null, read.cursor());
        }

        private Uni<Page<Integer>> page(int from, int to, String next, String previous) {
            return Uni.createFrom().item(new Page<>(IntStream.range(from, Math.max(from, to)).boxed().toList(), next, size, previous));
        }

        private static String cursor(int position) {
            return Cursor.encode(Integer.toString(position));
        }

        private static int position(String cursor) {
            return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        }
    }

    private static Window<Integer> walk(NumberList list, PageRequest request) {
        return PageWalker.walk(request, list).await().atMost(Duration.ofSeconds(5));
    }

    private static PageRequest forward(ListPosition from, int first) {
        return new PageRequest(false, from, first);
    }

    private static PageRequest backward(ListPosition before, int last) {
        return new PageRequest(true, before, last);
    }

    private static List<Integer> items(Window<Integer> window) {
        return window.items().stream().map(Window.Positioned::item).toList();
    }

    @Test
    void pagesEndToEndWithoutLossOrRepeat() {
        NumberList list = new NumberList(23);
        List<Integer> seen = new ArrayList<>();
        ListPosition at = ListPosition.START;
        Window<Integer> window;
        do {
            window = walk(list, forward(at, 5));
            seen.addAll(items(window));
            at = window.end().after();
        } while (window.hasNextPage());
        assertEquals(IntStream.range(0, 23).boxed().toList(), seen);
        assertEquals(23L, window.totalCount());
    }

    @Test
    void aPageEndOnAServicePageEndPassesTheServiceCursorThroughBothWays() {
        Window<Integer> window = walk(new NumberList(10), forward(ListPosition.START, 4));
        assertEquals(new ListPosition(NumberList.cursor(4), 0), window.end().after());
        Window<Integer> next = walk(new NumberList(10), forward(window.end().after(), 4));
        assertEquals(new ListPosition(NumberList.cursor(4), 0), next.start().before());
    }

    @Test
    void resumingMidPageSkipsAndStraddlesServicePages() {
        NumberList list = new NumberList(300);
        Window<Integer> first = walk(list, forward(ListPosition.START, 10));
        ListPosition third = first.items().get(2).cursor().after();
        assertEquals(new ListPosition(null, 3), third);
        Window<Integer> resumed = walk(list, forward(third, 100));
        assertEquals(IntStream.range(3, 103).boxed().toList(), items(resumed));
        assertEquals(List.of(10, 100, 3), list.limits, "service limits stay within 100: one page of 100, then the 3 left");
        assertTrue(resumed.hasNextPage());
        assertTrue(resumed.hasPreviousPage());
    }

    @Test
    void theEndsOfTheListSaySo() {
        Window<Integer> all = walk(new NumberList(3), forward(ListPosition.START, 5));
        assertEquals(List.of(0, 1, 2), items(all));
        assertFalse(all.hasNextPage());
        assertFalse(all.hasPreviousPage());
        Window<Integer> fromTheEnd = walk(new NumberList(3), backward(null, 2));
        assertEquals(List.of(1, 2), items(fromTheEnd));
        assertFalse(fromTheEnd.hasNextPage());
        assertTrue(fromTheEnd.hasPreviousPage());
        Window<Integer> beforeTheFirst = walk(new NumberList(3), backward(all.start().before(), 2));
        assertEquals(List.of(), items(beforeTheFirst));
        assertFalse(beforeTheFirst.hasPreviousPage());
        assertNull(beforeTheFirst.start());
        assertEquals(3L, beforeTheFirst.totalCount());
        Window<Integer> empty = walk(new NumberList(0), backward(null, 2));
        assertEquals(List.of(), items(empty));
        assertFalse(empty.hasPreviousPage());
        assertNull(empty.end());
    }

    @Test
    void walkingBackwardIsWalkingForwardReversedAndEveryCursorWorksBothWays() {
        for (int size : List.of(0, 1, 5, 23, 250)) {
            for (int pageSize : List.of(1, 3, 7, 100)) {
                NumberList list = new NumberList(size);
                List<Window.Positioned<Integer>> forward = new ArrayList<>();
                Window<Integer> window = walk(list, forward(ListPosition.START, pageSize));
                forward.addAll(window.items());
                while (window.hasNextPage()) {
                    window = walk(list, forward(window.end().after(), pageSize));
                    forward.addAll(window.items());
                }
                List<Window.Positioned<Integer>> backward = new ArrayList<>();
                window = walk(list, backward(null, pageSize));
                backward.addAll(0, window.items());
                while (window.hasPreviousPage()) {
                    window = walk(list, backward(window.start().before(), pageSize));
                    assertTrue(window.hasNextPage());
                    backward.addAll(0, window.items());
                }
                List<Integer> expected = IntStream.range(0, size).boxed().toList();
                assertEquals(expected, forward.stream().map(Window.Positioned::item).toList(), size + " by " + pageSize);
                assertEquals(expected, backward.stream().map(Window.Positioned::item).toList(), size + " by " + pageSize);

                List<Window.Positioned<Integer>> everyCursor = new ArrayList<>(forward);
                everyCursor.addAll(backward);
                for (Window.Positioned<Integer> edge : everyCursor) {
                    int item = edge.item();
                    list.limits.clear();
                    assertEquals(IntStream.range(item + 1, Math.min(size, item + 4)).boxed().toList(),
                            items(walk(list, forward(edge.cursor().after(), 3))), "after " + item);
                    assertEquals(IntStream.range(Math.max(0, item - 3), item).boxed().toList(),
                            items(walk(list, backward(edge.cursor().before(), 3))), "before " + item);
                    assertTrue(list.limits.size() <= 4, "two calls a walk at most: " + list.limits);
                }
            }
        }
    }

    @Test
    void wholePagesArePositionedLikeWalksFromEitherEnd() {
        NumberList list = new NumberList(12);
        Window<Integer> first = PageWalker.wholePage(list.read(KeysetRead.forward(null, 5)).await().indefinitely(), false);
        assertEquals(walk(list, forward(ListPosition.START, 5)), first);
        Window<Integer> last = PageWalker.wholePage(list.read(new KeysetRead(null, null, true, 5)).await().indefinitely(), true);
        assertEquals(walk(list, backward(null, 5)), last);
    }
}
