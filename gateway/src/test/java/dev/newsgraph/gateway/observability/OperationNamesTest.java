package dev.newsgraph.gateway.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OperationNamesTest {

    @Test
    void theFirstNamesAreKeptThenEveryNewOneIsOther() {
        OperationNames names = new OperationNames(2);
        assertEquals("Articles", names.tag("Articles"));
        assertEquals("Entities", names.tag("Entities"));
        assertEquals("other", names.tag("Search"));
        assertEquals("Articles", names.tag("Articles"), "a known name stays itself after the limit");
        assertEquals("anonymous", names.tag(null));
    }
}
