package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertEquals("francois hollande", NameNormalizer.key("François  HOLLANDE"));
        assertEquals("us", NameNormalizer.key("U.S."));
        assertEquals("us", NameNormalizer.key("US"));
        assertEquals("obrien", NameNormalizer.key("O'Brien"));
        assertEquals("kim jong un vladimir putin", NameNormalizer.key("Kim Jong Un-Vladimir Putin"));
    }

    @Test
    void dropsThePossessive() {
        assertEquals("russia", NameNormalizer.key("Russia’s"));
        assertEquals("russia", NameNormalizer.key("Russia's"));
        assertEquals("jones", NameNormalizer.key("Jones'"));
    }

    @Test
    void dropsALeadingTheOnly() {
        assertEquals("new york times", NameNormalizer.key("The New York Times"));
        assertEquals("new york times", NameNormalizer.key("New York Times"));
        assertEquals("other the", NameNormalizer.key("Other The"));
        assertEquals("theodore roosevelt", NameNormalizer.key("Theodore Roosevelt"));
    }
}
