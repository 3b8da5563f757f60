package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A person named in full is later named by one part of the name: the surname ("Vladimir Putin" ... "Putin"),
 * or the family name that East Asian names put first ("Xi Jinping" ... "Xi"). In that document such a part
 * alone is that person, whatever type the tagger gave it, and a capitalised occurrence it missed is a
 * mention too. Headings match without regard to case.
 */
final class ShortForms implements DocumentRefinement {

    @Override
    public void refine(TaggedDocument document) {
        Set<String> nameParts = new HashSet<>();
        for (TokenMention mention : document.mentions()) {
            if (mention.type() == EntityType.PERSON && mention.length() > 1
                    && !document.sentenceOf(mention.start()).caseUnreliable()) {
                int surname = surnameToken(document, mention);
                if (surname > mention.start()) {
                    addNamePart(document.word(surname), nameParts);
                }
                addNamePart(document.word(mention.start()), nameParts);
            }
        }
        if (nameParts.isEmpty()) {
            return;
        }
        List<TokenMention> refined = new ArrayList<>();
        boolean[] covered = new boolean[document.size()];
        for (TokenMention mention : document.mentions()) {
            boolean namePart = mention.length() == 1 && nameParts.contains(document.lowerWord(mention.start()));
            refined.add(namePart ? mention.withType(EntityType.PERSON) : mention);
            for (int t = mention.start(); t < mention.end(); t++) {
                covered[t] = true;
            }
        }
        for (int t = 0; t < document.size(); t++) {
            if (!covered[t] && nameParts.contains(document.lowerWord(t)) && isNameShaped(document, t)) {
                refined.add(new TokenMention(t, t + 1, EntityType.PERSON, 1.0));
            }
        }
        document.replaceMentions(refined);
    }

    /** Generational suffixes written after a surname: "John Mills Jr" has the surname "Mills", not "Jr". */
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The token of a multi-word person name that holds the surname: the last one before any suffix and comma;
     * the first token ("Bob Sr") when there is none.
     */
    static int surnameToken(TaggedDocument document, TokenMention mention) {
        return surnameIndex(document::word, mention.start(), mention.end() - 1);
    }

    /** Among a name's words {@code first..last}: the index of the last one before any suffix and comma, else {@code first}. */
    static int surnameIndex(IntFunction<String> word, int first, int last) {
        int t = last;
        while (t > first && (isSuffix(word.apply(t)) || word.apply(t).equals(","))) {
            t--;
        }
        return t;
    }

    private static void addNamePart(String word, Set<String> parts) {
        if (CaseStyle.isCapitalised(word) && word.length() > 1 && !ClosedClassWords.contains(word)) {
            parts.add(word.toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isNameShaped(TaggedDocument document, int token) {
        String word = document.word(token);
        if (document.sentenceOf(token).caseUnreliable()) {
            return true;
        }
        return Character.isUpperCase(word.charAt(0)) && !CaseStyle.isAllCaps(word);
    }
}
