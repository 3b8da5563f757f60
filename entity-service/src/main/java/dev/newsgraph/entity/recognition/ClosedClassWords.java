package dev.newsgraph.entity.recognition;

import java.util.Locale;
import java.util.Set;

/**
 * English function words: pronouns, determiners, prepositions, conjunctions, auxiliaries. They are never
 * names on their own, whatever their case ("He", "THE", "Its"); a capitalised one at the start of a
 * sentence or heading misleads a cased tagger.
 */
final class ClosedClassWords {

    private static final Set<String> WORDS = Set.of(
            // pronouns
            "i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his",
            "himself", "she", "her", "hers", "herself", "it", "its", "itself", "we", "us", "our", "ours", "ourselves",
            "they", "them", "their", "theirs", "themselves", "who", "whom", "whose", "which", "what", "whoever",
            "this", "that", "these", "those", "one", "ones", "someone", "somebody", "anyone", "anybody", "everyone",
            "everybody", "nobody", "none", "something", "anything", "everything", "nothing",
            // determiners and quantifiers
            "a", "an", "the", "some", "any", "each", "every", "either", "neither", "all", "both", "few", "many",
            "much", "more", "most", "several", "such", "no", "other", "another",
            // prepositions
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into", "onto", "over", "under", "about",
            "after", "before", "between", "among", "against", "during", "without", "within", "through", "since",
            "until", "upon", "amid", "amidst", "via", "per", "than", "towards", "toward",
            // conjunctions and adverbs that start sentences
            "and", "or", "nor", "but", "yet", "so", "if", "because", "although", "though", "while", "whereas",
            "when", "where", "why", "how", "then", "there", "here", "also", "however", "meanwhile",
            // auxiliaries
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had",
            "would", "shall", "should", "could", "might", "must", "not");

    private ClosedClassWords() {
    }

    static boolean contains(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word, as written in its sentence, is a function word: in an ordinary sentence a word in
     * capitals is an abbreviation ("US", "IT"), not the pronoun.
     */
    static boolean isFunctionWord(String word, boolean caseUnreliable) {
        if (!caseUnreliable && word.length() > 1 && CaseStyle.isAllCaps(word)) {
            return false;
        }
        return contains(word);
    }
}
