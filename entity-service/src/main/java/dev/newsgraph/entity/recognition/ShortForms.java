package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person named in full is later named by surname ("Vladimir Putin" ... "Putin"): in that document a
 * surname alone is that person, whatever type the tagger gave it, and a capitalised occurrence it missed is
 * a mention too. Headings match without regard to case.
 */
final class ShortForms implements DocumentRefinement {

    @Override
    public void refine(TaggedDocument document) {
        Set<String> surnames = new HashSet<>();
        for (TokenMention mention : document.mentions()) {
            if (mention.type() == EntityType.PERSON && mention.length() > 1
                    && !document.sentenceOf(mention.start()).caseUnreliable()) {
                String last = document.word(mention.end() - 1);
                if (CaseStyle.isCapitalised(last) && last.length() > 1 && !ClosedClassWords.contains(last)) {
                    surnames.add(last.toLowerCase(Locale.ROOT));
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        List<TokenMention> refined = new ArrayList<>();
        boolean[] covered = new boolean[document.size()];
        for (TokenMention mention : document.mentions()) {
            boolean surname = mention.length() == 1 && surnames.contains(document.lowerWord(mention.start()));
            refined.add(surname ? mention.withType(EntityType.PERSON) : mention);
            for (int t = mention.start(); t < mention.end(); t++) {
                covered[t] = true;
            }
        }
        for (int t = 0; t < document.size(); t++) {
            if (!covered[t] && surnames.contains(document.lowerWord(t)) && isNameShaped(document, t)) {
                refined.add(new TokenMention(t, t + 1, EntityType.PERSON, 1.0));
            }
        }
        document.replaceMentions(refined);
    }

    private static boolean isNameShaped(TaggedDocument document, int token) {
        String word = document.word(token);
        if (document.sentenceOf(token).caseUnreliable()) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && !CaseStyle.isAllCaps(word);
    }
}
