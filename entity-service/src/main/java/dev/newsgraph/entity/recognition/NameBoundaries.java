package dev.newsgraph.entity.recognition;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fixes where names start and end, for the cases a token tagger gets wrong in the same way every time:
 * <ul>
 * <li>two names joined by "and"/"or" are two mentions ("Mercantile and Commerce") when the document names
 * one of them on its own elsewhere; otherwise "and" is part of one name ("Organisation for Security and
 * Cooperation in Europe", "Trinidad and Tobago");</li>
 * <li>a month or weekday before a name is a date, not part of it ("August National Association of ...");</li>
 * <li>a regnal number belongs to a monarch ("King Baudouin I");</li>
 * <li>"London-based", "Brazilian-born" describe: they are MISC mentions of their own, and not the start of
 * the name they qualify ("Boston-based Reagan Communications").</li>
 * </ul>
 */
final class NameBoundaries implements DocumentRefinement {

    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    private static final Set<String> ROMAN_NUMERALS = Set.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI");
    private static final Set<String> MONARCH_TITLES = Set.of("king", "queen", "emperor", "empress", "pope", "tsar",
            "czar", "pharaoh", "sultan", "prince", "princess");

    private final CountryGazetteer gazetteer;
    private final Set<String> calendarWords = new HashSet<>();

    NameBoundaries(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Month month : Month.values()) {
            calendarWords.add(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            calendarWords.add(day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void refine(TaggedDocument document) {
        Set<String> named = new HashSet<>();
        for (TokenMention mention : document.mentions()) {
            named.add(DocumentNames.key(document.surface(mention.start(), mention.end())));
        }
        List<TokenMention> refined = new ArrayList<>();
        for (TokenMention mention : document.mentions()) {
            for (TokenMention part : splitAtConjunction(document, named, mention)) {
                TokenMention bounded = extend(document, withoutLeadingDate(document, part));
                refined.addAll(splitDescriptor(document, bounded));
            }
        }
        refined.addAll(unlabelledDescriptors(document, refined));
        document.replaceMentions(refined);
    }

    private List<TokenMention> splitAtConjunction(TaggedDocument document, Set<String> named, TokenMention mention) {
        if (gazetteer.isCountry(document.surface(mention.start(), mention.end()))) {
            return List.of(mention);
        }
        for (int t = mention.start() + 1; t < mention.end() - 1; t++) {
            if (CONJUNCTIONS.contains(document.word(t)) && CaseStyle.isCapitalised(document.word(t + 1))
                    && (named.contains(DocumentNames.key(document.surface(mention.start(), t)))
                            || named.contains(DocumentNames.key(document.surface(t + 1, mention.end()))))) {
                List<TokenMention> parts = new ArrayList<>();
                parts.add(mention.withBounds(mention.start(), t));
                parts.addAll(splitAtConjunction(document, named, mention.withBounds(t + 1, mention.end())));
                return parts;
            }
        }
        return List.of(mention);
    }

    private TokenMention withoutLeadingDate(TaggedDocument document, TokenMention mention) {
        int start = mention.start();
        while (mention.type() != EntityType.PERSON && start < mention.end() - 1
                && calendarWords.contains(document.lowerWord(start))) {
            start++;
        }
        return mention.withBounds(start, mention.end());
    }

    private static TokenMention extend(TaggedDocument document, TokenMention mention) {
        int start = mention.start();
        int end = mention.end();
        TaggedDocument.Sentence sentence = document.sentenceOf(start);
        if (mention.type() == EntityType.PERSON && end < sentence.endToken()) {
            String next = document.word(end);
            boolean monarch = start > sentence.firstToken() && MONARCH_TITLES.contains(document.lowerWord(start - 1));
            if (ROMAN_NUMERALS.contains(next) || next.equals("I") && monarch) {
                end++;
            }
        }
        return mention.withBounds(start, end);
    }

    /** A name ending in a descriptor ("St. Louis-based") is MISC, and the name it qualifies stands apart. */
    private static List<TokenMention> splitDescriptor(TaggedDocument document, TokenMention mention) {
        for (int t = mention.start(); t < mention.end(); t++) {
            if (isDescriptor(document.word(t))) {
                List<TokenMention> parts = new ArrayList<>();
                parts.add(new TokenMention(mention.start(), t + 1, EntityType.MISC, mention.confidence()));
                if (t + 1 < mention.end()) {
                    parts.add(mention.withBounds(t + 1, mention.end()));
                }
                return parts;
            }
        }
        return List.of(mention);
    }

    private static List<TokenMention> unlabelledDescriptors(TaggedDocument document, List<TokenMention> mentions) {
        boolean[] covered = new boolean[document.size()];
        for (TokenMention mention : mentions) {
            for (int t = mention.start(); t < mention.end(); t++) {
                covered[t] = true;
            }
        }
        List<TokenMention> found = new ArrayList<>();
        for (int t = 0; t < document.size(); t++) {
            if (!covered[t] && isDescriptor(document.word(t)) && !document.sentenceOf(t).caseUnreliable()) {
                found.add(new TokenMention(t, t + 1, EntityType.MISC, 1.0));
            }
        }
        return found;
    }

    /** "London-based", "Brazilian-born": a capitalised name with a participle that makes it a modifier. */
    private static boolean isDescriptor(String word) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen <= 0 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String suffix = word.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        return suffix.equals("based") || suffix.equals("born");
    }
}
