package dev.newsgraph.commons.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class StrictQueryStringsTest {

    @Test
    void percentEncodedUtf8IsFine() {
        assertEquals(Optional.empty(), StrictQueryStrings.malformedParameter(null));
        assertEquals(Optional.empty(), StrictQueryStrings.malformedParameter("q=Z%C3%BCrich+news&limit=5&flag"));
        assertEquals(Optional.empty(), StrictQueryStrings.malformedParameter("q=%F0%9F%97%9E&x=100%"));
    }

    @Test
    void bytesThatAreNotUtf8NameTheirParameter() {
        assertEquals(Optional.of("q"), StrictQueryStrings.malformedParameter("limit=5&q=geneva%20%ED%A0%80"));
        assertEquals(Optional.of("source"), StrictQueryStrings.malformedParameter("source=Caf%C3(&limit=1"));
        assertEquals(Optional.of("(name not UTF-8)"), StrictQueryStrings.malformedParameter("%FF=1"));
    }
}
