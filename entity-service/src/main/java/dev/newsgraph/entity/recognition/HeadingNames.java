package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * In a Title Case heading every word is capitalised, so the cased tagger runs names together with the words
 * around them ("Choice of Vladivostock", "U.S. Urges North Korea", "Significance of This Meeting"). There
 * the article's body decides. A heading mention that holds a word the body writes in lower case (a common
 * word: "choice"), a function word names do not contain ("this", "about") or two separate known names is
 * cut down to the names the body establishes (with their body types) and country names; the rest of it was
 * never a name. A heading mention made only of name-like words ("Czech Republic") stands.
 */
final class HeadingNames implements DocumentRefinement {

    /** Function words that do occur inside names: "Bank of England", "Procter & Gamble", "Charles de Gaulle". */
    private static final Set<String> NAME_INTERNAL_WORDS = Set.of("of", "the", "and", "&", "for", "de", "del", "der",
            "la", "le", "du", "van", "von", "al", "bin", "da", "dos", "y");

    private final CountryGazetteer gazetteer;

    HeadingNames(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void refine(TaggedDocument document) {
        boolean anyHeading = document.mentions().stream()
                .anyMatch(m -> document.sentenceOf(m.start()).style() == CaseStyle.TITLE_CASE_HEADING);
        if (!anyHeading) {
            return;
        }
        DocumentNames names = DocumentNames.of(document);
        Set<String> commonWords = lowerCaseWords(document);
        List<TokenMention> refined = new ArrayList<>();
        for (TokenMention mention : document.mentions()) {
            if (document.sentenceOf(mention.start()).style() == CaseStyle.TITLE_CASE_HEADING) {
                List<TokenMention> known = knownNamesWithin(document, names, mention);
                boolean glued = known.size() > 1 || containsNonNameWord(document, mention, commonWords);
                refined.addAll(glued ? known : List.of(mention));
            } else {
                refined.add(mention);
            }
        }
        document.replaceMentions(refined);
    }

    /** Words the ordinary sentences write in lower case, after their first word: the body's common words. */
    private static Set<String> lowerCaseWords(TaggedDocument document) {
        Set<String> words = new HashSet<>();
        for (TaggedDocument.Sentence sentence : document.sentences()) {
            if (sentence.caseUnreliable()) {
                continue;
            }
            for (int t = sentence.firstToken() + 1; t < sentence.endToken(); t++) {
                String word = document.word(t);
                if (CaseStyle.hasLetter(word) && Character.isLowerCase(word.charAt(0))) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static boolean containsNonNameWord(TaggedDocument document, TokenMention mention, Set<String> commonWords) {
        for (int t = mention.start(); t < mention.end(); t++) {
            String lower = document.lowerWord(t);
            if (NAME_INTERNAL_WORDS.contains(lower)) {
                continue;
            }
            if (ClosedClassWords.contains(lower) || commonWords.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private List<TokenMention> knownNamesWithin(TaggedDocument document, DocumentNames names, TokenMention mention) {
        List<TokenMention> known = new ArrayList<>();
        int t = mention.start();
        while (t < mention.end()) {
            int matched = 0;
            EntityType type = null;
            for (int n = mention.end() - t; n > 0 && matched == 0; n--) {
                String surface = document.surface(t, t + n);
                type = names.bodyType(surface);
                if (type == null && gazetteer.isCountry(surface)) {
                    type = EntityType.LOCATION;
                }
                if (type != null) {
                    matched = n;
                }
            }
            if (matched > 0) {
                known.add(new TokenMention(t, t + matched, type, mention.confidence()));
            }
            t += Math.max(matched, 1);
        }
        return known;
    }
}
