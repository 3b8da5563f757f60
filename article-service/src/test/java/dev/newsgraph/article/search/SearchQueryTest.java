package dev.newsgraph.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class SearchQueryTest {

    @Test
    void termsAreTheRunsOfLettersAndDigitsWebsearchSplitsOn() {
        assertEquals(1, SearchQuery.terms("putin"));
        assertEquals(5, SearchQuery.terms("\"weapons sale\" -ukraine or kim"));
        assertEquals(3, SearchQuery.terms("covid-19-vaccine"));
        assertEquals(2, SearchQuery.terms("  Zürich   2024 "));
        assertEquals(0, SearchQuery.terms("- \" -- ,"));
        assertEquals(2_000, SearchQuery.terms("-geneva ".repeat(2_000)));
    }

    @Test
    void aQueryOverTheLimitsIsAnInvalidQueryNamingTheLimit() {
        ProblemException terms = assertThrows(ProblemException.class, () -> SearchQuery.check("-geneva ".repeat(2_000), 32, 100_000));
        assertEquals("invalid-query", terms.problem().slug());
        assertTrue(terms.problem().detail().contains("2000 terms") && terms.problem().detail().contains("at most 32"), terms.getMessage());
        ProblemException hyphens = assertThrows(ProblemException.class, () -> SearchQuery.check("a-".repeat(33), 32, 1_000));
        assertEquals("invalid-query", hyphens.problem().slug());
        ProblemException chars = assertThrows(ProblemException.class, () -> SearchQuery.check("x".repeat(1_001), 32, 1_000));
        assertTrue(chars.problem().detail().contains("at most 1000"), chars.getMessage());
        assertEquals("invalid-query", assertThrows(ProblemException.class, () -> SearchQuery.check(" ", 32, 1_000)).problem().slug());
    }

    @Test
    void aQueryWithinTheLimitsPasses() {
        String q = "\"weapons sale\" -ukraine " + "word ".repeat(29);
        assertEquals(q, SearchQuery.check(q, 32, 1_000));
    }
}
