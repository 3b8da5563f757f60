package dev.newsgraph.entity.recognition;

import java.util.List;

/** Drops mentions made only of function words and punctuation ("He", "It", "THE"): never names. */
final class ClosedClassFilter implements DocumentRefinement {

    @Override
    public void refine(TaggedDocument document) {
        List<TokenMention> kept = document.mentions().stream().filter(m -> !onlyFunctionWords(document, m)).toList();
        document.replaceMentions(kept);
    }

    private static boolean onlyFunctionWords(TaggedDocument document, TokenMention mention) {
        boolean caseUnreliable = document.sentenceOf(mention.start()).caseUnreliable();
        for (int t = mention.start(); t < mention.end(); t++) {
            String word = document.word(t);
            if (CaseStyle.hasLetter(word) && !ClosedClassWords.isFunctionWord(word, caseUnreliable)) {
                return false;
            }
        }
        return true;
    }
}
