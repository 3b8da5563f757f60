package dev.newsgraph.entity.resolution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves every name of a country to one canonical name, so "U.S.", "US", "United States" and
 * "America" are one entity. The canonical names are the JDK's English display names of the ISO 3166
 * countries; the short and older forms news writes are listed here.
 */
public final class CountryAliases {

    /** Common short and former names (normalised key to ISO code) the display names do not cover. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("us", "US"), Map.entry("usa", "US"), Map.entry("america", "US"),
            Map.entry("united states of america", "US"),
            Map.entry("uk", "GB"), Map.entry("britain", "GB"), Map.entry("great britain", "GB"),
            Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("russian federation", "RU"),
            Map.entry("dprk", "KP"), Map.entry("democratic peoples republic of korea", "KP"),
            Map.entry("republic of korea", "KR"),
            Map.entry("prc", "CN"), Map.entry("peoples republic of china", "CN"),
            Map.entry("uae", "AE"), Map.entry("holland", "NL"),
            Map.entry("czech republic", "CZ"), Map.entry("turkey", "TR"), Map.entry("turkiye", "TR"),
            Map.entry("burma", "MM"), Map.entry("myanmar", "MM"), Map.entry("ivory coast", "CI"),
            Map.entry("vatican", "VA"), Map.entry("dr congo", "CD"), Map.entry("drc", "CD"));

    private static final Map<String, String> CANONICAL_BY_KEY = build();

    private CountryAliases() {
    }

    /** The canonical name of the country {@code nameKey} (a {@link NameNormalizer} key) names, if any. */
    public static Optional<String> canonicalName(String nameKey) {
        return Optional.ofNullable(CANONICAL_BY_KEY.get(nameKey));
    }

    private static Map<String, String> build() {
        Map<String, String> byKey = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = displayName(code);
            byKey.put(NameNormalizer.key(name), name);
        }
        SHORT_FORMS.forEach((key, code) -> byKey.put(key, displayName(code)));
        return Map.copyOf(byKey);
    }

    private static String displayName(String code) {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
