package dev.newsgraph.entity.recognition;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a line uses capital letters. In an ordinary sentence a capital inside the sentence is the strongest
 * sign of a name; in a Title Case heading or an ALL CAPITALS line (wire copy headlines) every word has one,
 * so capitals say nothing and a cased model reads every word as part of a name.
 */
enum CaseStyle {
    ORDINARY, TITLE_CASE_HEADING, ALL_CAPS;

    /** Words a Title Case heading leaves in lower case. */
    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in",
            "on", "at", "to", "for", "with", "by", "from", "as", "via", "vs", "vs.", "into", "onto", "over", "per",
            "than", "up", "off", "out", "amid", "amidst", "upon", "about", "after", "before", "is", "are", "be");

    private static final int MIN_WORDS = 3;
    /** Longer lines are tables or lists (a sports schedule in capitals), not headlines. */
    static final int MAX_HEADING_WORDS = 15;

    boolean caseUnreliable() {
        return this != ORDINARY;
    }

    /**
     * Classifies one line's words. A Title Case heading has every word but the minor ones capitalised and
     * reads as a phrase, not a list or table row: no digits, commas, brackets or closing full stop (lists of
     * names and results tables are also all capitals, but there the capitals do mark the names).
     */
    static CaseStyle of(List<String> words) {
        int alphabetic = 0;
        int allCaps = 0;
        int major = 0;
        int majorCapitalised = 0;
        boolean phrase = words.size() <= MAX_HEADING_WORDS;
        for (String word : words) {
            if (!hasLetter(word)) {
                phrase &= word.chars().noneMatch(c -> Character.isDigit(c) || ",;()[]".indexOf(c) >= 0);
                continue;
            }
            alphabetic++;
            phrase &= word.chars().noneMatch(Character::isDigit);
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
            return ORDINARY;
        }
        if (allCaps >= 0.8 * alphabetic) {
            return ALL_CAPS;
        }
        String last = words.get(words.size() - 1);
        phrase &= !last.equals(".");
        return phrase && majorCapitalised == major ? TITLE_CASE_HEADING : ORDINARY;
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
