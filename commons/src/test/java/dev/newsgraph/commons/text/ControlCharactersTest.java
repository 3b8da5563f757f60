package dev.newsgraph.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class ControlCharactersTest {

    @Test
    void textWithTabsLineBreaksAndOtherWhitespaceIsFine() {
        assertTrue(ControlCharacters.problem("Line one\r\n\tLine two\u000B\f\u0085 \u202Eright-to-left \uD83D\uDDDE").isEmpty());
        assertTrue(ControlCharacters.problem(null).isEmpty());
    }

    @Test
    void nulEscapeAndC1CodesAreNamedWithTheirPlace() {
        assertEquals(Optional.of("must not contain control characters (U+0000 at 3)"), ControlCharacters.problem("Nul\u0000"));
        assertEquals(Optional.of("must not contain control characters (U+001B at 0)"), ControlCharacters.problem("\u001b[31m"));
        assertEquals(Optional.of("must not contain control characters (U+0086 at 1)"), ControlCharacters.problem("a\u0086"));
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAreText() {
        assertEquals(Optional.of("must not contain a lone surrogate (U+D800 at 2)"), ControlCharacters.problem("ab\uD800"));
        assertEquals(Optional.of("must not contain a lone surrogate (U+DC00 at 0)"), ControlCharacters.problem("\uDC00\uD83D\uDDDE"));
        assertEquals(Optional.of("must not contain a lone surrogate (U+D83D at 0)"), ControlCharacters.problem("\uD83Dx"));
        assertTrue(ControlCharacters.problem("\uD83D\uDDDE\uD83D\uDC69").isEmpty());
    }

    @Test
    void aParameterWithOneIsAnInvalidParameter() {
        ProblemException e = assertThrows(ProblemException.class, () -> ControlCharacters.requireNoneIn("q", "merkel\u0000"));
        assertEquals(400, e.problem().status());
        assertEquals("invalid-parameter", e.problem().slug());
        assertEquals("q must not contain control characters (U+0000 at 6)", e.problem().detail());
        assertEquals("fine", ControlCharacters.requireNoneIn("q", "fine"));
    }
}
