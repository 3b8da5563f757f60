package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CaseStyleTest {

    @Test
    void tellsHeadingsAndCapitalsFromSentencesListsAndTables() {
        assertEquals(CaseStyle.TITLE_CASE_HEADING, style("The Choice of Vladivostock"));
        assertEquals(CaseStyle.TITLE_CASE_HEADING, style("U.S. Urges North Korea"));
        assertEquals(CaseStyle.ALL_CAPS, style("SOCCER - LEADERS HELD TO DRAW IN OSLO ."));
        assertEquals(CaseStyle.ORDINARY, style("Kim Jong Un met Vladimir Putin in Vladivostok ."));
        // lists of names and results lines are capitalised because they are names
        assertEquals(CaseStyle.ORDINARY, style("Anna Berg , Tom Hale , Lars Munk ,"));
        assertEquals(CaseStyle.ORDINARY, style("Nordic Rail 2 Baltic United 1"));
        assertEquals(CaseStyle.ORDINARY, style("LONDON 2026-04-11"));
    }

    private static CaseStyle style(String line) {
        return CaseStyle.of(List.of(line.split(" ")));
    }
}
