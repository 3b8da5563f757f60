package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameDistanceTest {

    @Test
    void countsEditsAndAdjacentTranspositions() {
        assertEquals(1, NameDistance.damerauLevenshtein("vladivostock", "vladivostok"));
        assertEquals(1, NameDistance.damerauLevenshtein("shoigu", "shiogu"));
        assertEquals(3, NameDistance.damerauLevenshtein("kitten", "sitting"));
        assertEquals(0, NameDistance.damerauLevenshtein("putin", "putin"));
    }

    @Test
    void onlyLongNamesAreMatchedFuzzily() {
        assertTrue(NameDistance.isCloseMisspelling("vladivostock", "vladivostok"));
        assertTrue(NameDistance.isCloseMisspelling("adrienne watsno", "adriene watson"));
        assertFalse(NameDistance.isCloseMisspelling("kim", "kin"));
        assertFalse(NameDistance.isCloseMisspelling("austria", "australia"));
        assertFalse(NameDistance.isCloseMisspelling("slovenia", "slovakia"));
        assertFalse(NameDistance.isCloseMisspelling("vladivostok", "vladivostok"));
    }
}
