package dev.newsgraph.entity.recognition;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Country names and nationality words, built from the JDK's own locale data (ISO 3166 country names and
 * ISO 639 language names in English), used to fix a mention's type: a country is a LOCATION ("Russia"),
 * a nationality or language is MISC ("Russian", "Russians", "Kenyan"). It never creates a mention.
 */
final class CountryGazetteer {

    private final Set<String> countries = new HashSet<>();
    private final Set<String> nationalities = new HashSet<>();

    CountryGazetteer() {
        for (String code : Locale.getISOCountries()) {
            for (String name : variants(new Locale("", code).getDisplayCountry(Locale.ENGLISH))) {
                countries.add(key(name));
                if (name.startsWith("United ")) {
                    String initials = initials(name);
                    countries.add(key(initials));
                    countries.add(key(String.join(".", initials.split("")) + "."));
                }
            }
        }
        for (String code : Locale.getISOLanguages()) {
            String language = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
            nationalities.add(key(language));
            if (language.endsWith("n")) {
                nationalities.add(key(language + "s"));
            }
        }
        for (String country : List.copyOf(countries)) {
            for (String demonym : demonyms(country)) {
                nationalities.add(demonym);
                nationalities.add(demonym + "s");
            }
        }
        nationalities.removeAll(countries);
    }

    boolean isCountry(String surface) {
        return countries.contains(key(surface));
    }

    boolean isNationality(String surface) {
        return nationalities.contains(key(surface));
    }

    /** The forms news uses for an ISO display name: "Myanmar (Burma)", "Congo - Kinshasa", "Trinidad & Tobago". */
    private static List<String> variants(String displayName) {
        String name = displayName.replace(" SAR China", "");
        int dash = name.indexOf(" - ");
        if (dash > 0) {
            name = name.substring(0, dash);
        }
        int paren = name.indexOf(" (");
        if (paren > 0) {
            String inner = name.substring(paren + 2, name.length() - 1);
            name = name.substring(0, paren);
            return List.of(name, inner);
        }
        return name.contains(" & ") ? List.of(name, name.replace(" & ", " and ")) : List.of(name);
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }

    /**
     * The regular English nationality forms of a country name ("Kenya" → "kenyan", "Canada" → "canadian",
     * "Iraq" → "iraqi", "Japan" → "japanese"); irregular ones mostly coincide with language names.
     * Candidates that are no word never match a mention, so over-generating costs nothing.
     */
    private static List<String> demonyms(String country) {
        String stem = country.endsWith("a") || country.endsWith("e") || country.endsWith("y") || country.endsWith("o")
                ? country.substring(0, country.length() - 1) : country;
        return List.of(country + "n", country + "an", country + "ian", country + "i", country + "ese",
                stem + "an", stem + "ian", stem + "ese");
    }

    static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
