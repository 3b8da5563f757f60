package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CountryAliasesTest {

    @Test
    void theNamesOfACountryShareOneCanonicalName() {
        for (String name : new String[] { "U.S.", "US", "USA", "United States", "America", "the United States of America" }) {
            assertEquals(Optional.of("United States"), CountryAliases.canonicalName(NameNormalizer.key(name)), name);
        }
        assertEquals(CountryAliases.canonicalName("uk"), CountryAliases.canonicalName(NameNormalizer.key("United Kingdom")));
        assertEquals(CountryAliases.canonicalName("dprk"), CountryAliases.canonicalName(NameNormalizer.key("North Korea")));
        assertEquals(Optional.of("Russia"), CountryAliases.canonicalName(NameNormalizer.key("Russian Federation")));
    }

    @Test
    void everyIsoCountryIsKnownByItsDisplayName() {
        assertEquals(Optional.of("France"), CountryAliases.canonicalName("france"));
        assertEquals(Optional.of("Japan"), CountryAliases.canonicalName("japan"));
    }

    @Test
    void otherPlacesAreNotCountries() {
        assertTrue(CountryAliases.canonicalName("vladivostok").isEmpty());
        assertTrue(CountryAliases.canonicalName("korea").isEmpty());
    }
}
