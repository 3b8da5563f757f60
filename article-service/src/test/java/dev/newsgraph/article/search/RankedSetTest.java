package dev.newsgraph.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.newsgraph.article.store.ArticleFilter;

class RankedSetTest {

    private static final SearchConfig BOUND_OF_5 = () -> 5;

    @Test
    void readsOnePastTheBound() {
        assertEquals(6, RankedSet.of(BOUND_OF_5, filter(null)).probe());
    }

    @Test
    void upToTheBoundTheTotalIsExact() {
        RankedSet ranked = new RankedSet(5);
        assertEquals(0, ranked.total(0));
        assertTrue(ranked.exact(0));
        assertEquals(5, ranked.total(5));
        assertTrue(ranked.exact(5));
    }

    @Test
    void pastTheBoundTheTotalIsTheBoundAndNotExact() {
        RankedSet ranked = new RankedSet(5);
        assertEquals(5, ranked.total(6));
        assertFalse(ranked.exact(6));
    }

    @Test
    void anIdsRestrictionIsNeverCutShort() {
        List<UUID> ids = Collections.nCopies(8, UUID.randomUUID());
        RankedSet ranked = RankedSet.of(BOUND_OF_5, filter(ids));
        assertEquals(8, ranked.bound());
        assertTrue(ranked.exact(8));
        assertEquals(5, RankedSet.of(BOUND_OF_5, filter(List.of(UUID.randomUUID()))).bound());
    }

    @Test
    void refusesAnEmptySet() {
        assertThrows(IllegalArgumentException.class, () -> new RankedSet(0));
    }

    private static ArticleFilter filter(List<UUID> ids) {
        return new ArticleFilter(null, null, null, null, null, ids);
    }
}
