package dev.newsgraph.entity.resolution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key two spellings of one name share: lower case, no accents, no punctuation, no possessive
 * {@code 's}, no leading "the". "The New York Times", "New York Times" and "new york times'" share
 * {@code new york times}; "U.S." and "US" share {@code us}.
 */
public final class NameNormalizer {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|s')$|'$");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameNormalizer() {
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = COMBINING_MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').strip();
        // "Jones'" keeps its s, "Russia's" loses it: only the apostrophe and what follows it go
        s = POSSESSIVE.matcher(s).replaceFirst(m -> m.group().equals("s'") ? "s" : "");
        // Dots and apostrophes join ("U.S." -> "us", "O'Brien" -> "obrien"); other punctuation separates
        s = s.replace(".", "").replace("'", "");
        s = NOT_LETTER_OR_DIGIT.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
