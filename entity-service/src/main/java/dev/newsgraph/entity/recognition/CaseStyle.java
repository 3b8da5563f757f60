package dev.newsgraph.entity.recognition;

import java.util.Locale;
import java.util.Set;

/**
 * Tells lines whose capital letters say nothing about names (headlines and headings in Title Case, wire
 * copy in ALL CAPITALS) from ordinary sentences, where a capital inside the sentence is the strongest sign
 * of a name. A cased model reads every capitalised word of a heading as a name.
 */
final class CaseStyle {

    /** Words a Title Case heading leaves in lower case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "via", "vs", "vs.", "into", "onto", "over", "per",
            "than", "up", "off", "out", "amid", "amidst", "upon", "about", "after", "before", "is", "are", "be");

    private static final int MIN_WORDS = 3;

    private CaseStyle() {
    }

    /**
     * Whether the words of one sentence are capitalised regardless of whether they are names: all (or
     * nearly all) in capitals, or every word but the minor ones starting with a capital.
     */
    static boolean caseUnreliable(Iterable<String> words) {
        int alphabetic = 0;
        int allCaps = 0;
        int major = 0;
        int majorCapitalised = 0;
        for (String word : words) {
            if (!hasLetter(word)) {
                continue;
            }
            alphabetic++;
            if (isAllCaps(word)) {
                allCaps++;
            }
            if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                major++;
                if (Character.isUpperCase(firstLetter(word))) {
                    majorCapitalised++;
                }
            }
        }
        if (alphabetic < MIN_WORDS) {
            return false;
        }
        boolean shouting = allCaps >= 0.8 * alphabetic;
        boolean titleCase = major >= MIN_WORDS && majorCapitalised == major;
        return shouting;
    }

    static boolean hasLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAllCaps(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    static boolean isCapitalised(String word) {
        return hasLetter(word) && Character.isUpperCase(firstLetter(word));
    }

    private static char firstLetter(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return word.charAt(i);
            }
        }
        return ' ';
    }
}
