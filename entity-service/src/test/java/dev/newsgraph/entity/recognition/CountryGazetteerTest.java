package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CountryGazetteerTest {

    private final CountryGazetteer gazetteer = new CountryGazetteer();

    @Test
    void knowsCountriesUnderTheNamesNewsUses() {
        for (String country : new String[] {"Russia", "North Korea", "UNITED STATES", "U.S.", "UK", "Myanmar", "Burma",
                "Trinidad and Tobago", "Hong Kong", "Côte d'Ivoire"}) {
            assertTrue(gazetteer.isCountry(country), country);
        }
        assertFalse(gazetteer.isCountry("Paris"));
        assertFalse(gazetteer.isCountry("Russian"));
    }

    @Test
    void knowsNationalitiesFromLanguageNamesAndRegularDemonyms() {
        for (String nationality : new String[] {"Russian", "Russians", "German", "Kenyan", "Canadian", "Iraqi",
                "Japanese", "South Korean", "Swedish"}) {
            assertTrue(gazetteer.isNationality(nationality), nationality);
        }
        assertFalse(gazetteer.isNationality("Russia"));
        assertFalse(gazetteer.isNationality("Putin"));
    }
}
