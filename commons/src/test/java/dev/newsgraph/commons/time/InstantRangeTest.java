package dev.newsgraph.commons.time;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class InstantRangeTest {

    @Test
    void yearsOneToNineThousandNineHundredNinetyNineAreIn() {
        assertTrue(InstantRange.contains(Instant.parse("0001-01-01T00:00:00Z")));
        assertTrue(InstantRange.contains(Instant.parse("2024-09-05T10:00:00Z")));
        assertTrue(InstantRange.contains(Instant.parse("9999-12-31T23:59:59.999999Z")));
    }

    @Test
    void whatIsoParsersAcceptBeyondThatIsOut() {
        assertFalse(InstantRange.contains(OffsetDateTime.parse("+300000-01-01T00:00:00Z").toInstant()));
        assertFalse(InstantRange.contains(OffsetDateTime.parse("-4800-01-01T00:00:00Z").toInstant()));
        assertFalse(InstantRange.contains(Instant.parse("0000-12-31T23:59:59.999999Z")));
        assertFalse(InstantRange.contains(Instant.parse("+10000-01-01T00:00:00Z")));
        assertFalse(InstantRange.contains(Instant.MAX));
        assertFalse(InstantRange.contains(Instant.MIN));
    }
}
