package dev.newsgraph.gateway.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = { "2024-09-05T10:00:00Z", "2024-12-31T23:59:59.5Z", "2026-11-28T17:33:51.096707Z",
            "2000-02-29T00:00:00.123456789Z", "1970-01-01T00:00:00Z", "2024-09-05T10:00:00.Z", "2024-09-05T10:00:00+02:00", "+12024-01-01T00:00:00Z" })
    void readsWhatInstantParseReads(String text) {
        assertEquals(Instant.parse(text), UtcInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "yesterday", "2024-02-30T10:00:00Z", "2024-09-05T25:00:00Z", "2024-09-05T10:00:0xZ",
            "2024-09-05T10:00:00.1234567890Z", "2024-09-05 10:00:00Z" })
    void refusesWhatInstantParseRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(DateTimeParseException.class, () -> UtcInstants.parse(text));
    }
}
