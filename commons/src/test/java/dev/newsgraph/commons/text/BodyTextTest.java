package dev.newsgraph.commons.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.newsgraph.commons.problem.ProblemException;

class BodyTextTest {

    @Test
    void decodesUtf8ByDefaultAndTheDeclaredCharsetOtherwise() {
        assertEquals("Café", BodyText.read(stream("Café".getBytes(StandardCharsets.UTF_8)), null, 100));
        assertEquals("Café", BodyText.read(stream("Café".getBytes(StandardCharsets.ISO_8859_1)), "ISO-8859-1", 100));
    }

    @Test
    void refusesInvalidUtf8InsteadOfReplacingIt() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> BodyText.read(stream(new byte[] { 'o', 'k', (byte) 0xC3, '(' }), "UTF-8", 100));
        assertEquals(400, e.problem().status());
        assertEquals("invalid-encoding", e.problem().slug());
        assertEquals("The body is not valid UTF-8: malformed input near byte 2", e.problem().detail());
    }

    @Test
    void refusesABodyOverTheLimit() {
        assertEquals("12345", BodyText.read(stream("12345".getBytes(StandardCharsets.UTF_8)), null, 5));
        ProblemException e = assertThrows(ProblemException.class,
                () -> BodyText.read(stream("123456".getBytes(StandardCharsets.UTF_8)), null, 5));
        assertEquals(413, e.problem().status());
    }

    @Test
    void refusesAnUnknownCharset() {
        ProblemException e = assertThrows(ProblemException.class, () -> BodyText.read(stream(new byte[0]), "no-such-charset", 5));
        assertEquals(415, e.problem().status());
    }

    private static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
