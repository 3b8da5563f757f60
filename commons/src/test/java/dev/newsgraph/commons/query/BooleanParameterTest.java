package dev.newsgraph.commons.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class BooleanParameterTest {

    @Test
    void absentOrBlankIsTheDefault() {
        assertTrue(BooleanParameter.parse("body", null, true));
        assertFalse(BooleanParameter.parse("body", " ", false));
    }

    @Test
    void readsTrueAndFalseInAnyCase() {
        assertFalse(BooleanParameter.parse("body", "FALSE", true));
        assertTrue(BooleanParameter.parse("body", " true ", false));
    }

    @Test
    void anythingElseIsABadRequestNamingTheParameter() {
        ProblemException e = assertThrows(ProblemException.class, () -> BooleanParameter.parse("body", "no", true));
        assertEquals(400, e.problem().status());
        assertTrue(e.problem().detail().contains("body must be true or false"), e.problem().detail());
    }
}
