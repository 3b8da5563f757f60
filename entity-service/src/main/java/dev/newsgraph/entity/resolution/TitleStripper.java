package dev.newsgraph.entity.resolution;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the titles and roles a recogniser sometimes includes in a person's name: "Russian Defense
 * Minister Sergei Shoigu" gives "Sergei Shoigu". Everything up to the last title word is dropped, but
 * the last word of a name is never treated as a title ("John Major" stays whole).
 */
public final class TitleStripper {

    /**
     * Role and title words, lower case without dots. Deliberately small: words that precede a name in
     * news style (political offices, ranks, honorifics, job titles), not words that are also common names.
     */
    static final Set<String> TITLE_WORDS = Set.of(
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "state",
            "defense", "defence", "foreign", "finance", "interior", "senator", "sen", "representative",
            "rep", "congressman", "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy",
            "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "ceo",
            "director", "judge", "justice", "attorney", "general", "gen", "deputy", "chief", "commander",
            "colonel", "col", "captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "admiral",
            "marshal", "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "emir",
            "supreme", "dr", "mr", "mrs", "ms", "sir", "dame", "professor", "prof");

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private TitleStripper() {
    }

    /** The offset within {@code name} where the name proper starts (0 when there is no title). */
    public static int nameStart(String name) {
        Matcher token = TOKEN.matcher(name);
        int start = 0;
        boolean previousWasTitle = false;
        while (token.find()) {
            // the name starts after the last title word that has a word after it, so a name never ends up empty
            if (previousWasTitle) {
                start = token.start();
            }
            previousWasTitle = TITLE_WORDS.contains(token.group().replace(".", "").toLowerCase(Locale.ROOT));
        }
        return start;
    }

    /** {@code name} without its leading titles. */
    public static String strip(String name) {
        return name.substring(nameStart(name));
    }
}
