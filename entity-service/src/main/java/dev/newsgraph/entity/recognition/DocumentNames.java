package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a document's mentions establish, each with the weight of evidence for each type, and a way to
 * find further occurrences of them. Evidence from ordinary sentences counts fully; from headings and
 * all-capitals lines, where the tagger is less sure, it counts half.
 */
final class DocumentNames {

    private static final double UNRELIABLE_WEIGHT = 0.5;

    private final Map<String, Map<EntityType, Double>> votes = new HashMap<>();
    private final Map<String, Map<EntityType, Double>> ordinaryVotes = new HashMap<>();
    private final Map<String, Map<EntityType, Double>> casedVotes = new HashMap<>();
    private final Set<String> writtenForms = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Set<String> firstWords = new HashSet<>();
    private int longest;

    void add(String surface, EntityType type, double weight, boolean ordinarySentence) {
        String key = key(surface);
        votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class))
                .merge(type, ordinarySentence ? weight : weight * UNRELIABLE_WEIGHT, Double::sum);
        if (ordinarySentence) {
            ordinaryVotes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(type, weight, Double::sum);
            if (!CaseStyle.isAllCaps(surface)) {
                casedVotes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(type, weight, Double::sum);
            }
            writtenForms.add(surface);
            int firstSpace = key.indexOf(' ');
            firstWords.add(firstSpace < 0 ? key : key.substring(0, firstSpace));
            String[] parts = key.split(" ");
            int last = ShortForms.surnameIndex(i -> parts[i], 0, parts.length - 1);
            if (type == EntityType.PERSON && last > 0) {
                surnames.add(parts[last]);
            }
        }
        longest = Math.max(longest, surface.split(" ").length);
    }

    static DocumentNames of(TaggedDocument document) {
        DocumentNames names = new DocumentNames();
        for (TokenMention mention : document.mentions()) {
            names.add(document.surface(mention.start(), mention.end()), mention.type(), mention.confidence(),
                    !document.sentenceOf(mention.start()).caseUnreliable());
        }
        return names;
    }

    /**
     * The type of a name as the document's ordinary sentences use it, also under the forms a heading may
     * shorten it to: without a leading "the" ("New York Times"), or a person's surname alone ("Putin").
     * Null if the body never names it.
     */
    EntityType bodyType(String surface) {
        String key = key(surface);
        if (ordinaryVotes.containsKey(key)) {
            return best(ordinaryVotes.get(key));
        }
        if (ordinaryVotes.containsKey("the " + key)) {
            return best(ordinaryVotes.get("the " + key));
        }
        return surnames.contains(key) ? EntityType.PERSON : null;
    }

    private static EntityType best(Map<EntityType, Double> forName) {
        return forName.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The type of a name as the body writes it in ordinary mixed case, or null: the evidence that decides a
     * headline's names. Body lines in capitals (results tables) do not count.
     */
    EntityType casedBodyType(String surface) {
        Map<EntityType, Double> forName = casedVotes.get(key(surface));
        return forName == null ? null : best(forName);
    }

    /** The type with most evidence for this name, or null if the document never names it. */
    EntityType bestType(String surface) {
        Map<EntityType, Double> forName = votes.get(key(surface));
        return forName == null ? null : best(forName);
    }

    double weight(String surface, EntityType type) {
        Map<EntityType, Double> forName = votes.get(key(surface));
        return forName == null ? 0 : forName.getOrDefault(type, 0.0);
    }

    /**
     * Occurrences of names seen in ordinary sentences, longest first at each position, that no mention
     * covers yet (or that only cover shorter mentions, which the full name replaces). In ordinary sentences
     * a name must be written exactly as before (so "may" is not "May"); in headings case is ignored.
     */
    List<TokenMention> unlabelledOccurrences(TaggedDocument document) {
        List<TokenMention> found = new ArrayList<>();
        int[] mentionAt = new int[document.size()];
        Arrays.fill(mentionAt, -1);
        List<TokenMention> mentions = document.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            for (int t = mentions.get(i).start(); t < mentions.get(i).end(); t++) {
                mentionAt[t] = i;
            }
        }
        for (TaggedDocument.Sentence sentence : document.sentences()) {
            int t = sentence.firstToken();
            while (t < sentence.endToken()) {
                if (!firstWords.contains(document.lowerWord(t))) {
                    t++;
                    continue;
                }
                int matched = 0;
                for (int n = Math.min(longest, sentence.endToken() - t); n > 0 && matched == 0; n--) {
                    String surface = document.surface(t, t + n);
                    boolean known = sentence.caseUnreliable() ? ordinaryVotes.containsKey(key(surface))
                            : writtenForms.contains(surface);
                    if (known && replacesOnlyShorter(mentions, mentionAt, t, t + n) && CaseStyle.isCapitalised(surface)) {
                        matched = n;
                    }
                }
                if (matched > 0 && !alreadyExactly(mentions, mentionAt, t, t + matched)) {
                    String surface = document.surface(t, t + matched);
                    found.add(new TokenMention(t, t + matched, bestType(surface), 1.0));
                }
                t += Math.max(matched, 1);
            }
        }
        return found;
    }

    private static boolean replacesOnlyShorter(List<TokenMention> mentions, int[] mentionAt, int start, int end) {
        for (int t = start; t < end; t++) {
            if (mentionAt[t] >= 0) {
                TokenMention m = mentions.get(mentionAt[t]);
                if (m.start() < start || m.end() > end) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean alreadyExactly(List<TokenMention> mentions, int[] mentionAt, int start, int end) {
        if (mentionAt[start] < 0) {
            return false;
        }
        TokenMention m = mentions.get(mentionAt[start]);
        return m.start() == start && m.end() == end;
    }

    static String key(String surface) {
        return surface.toLowerCase(Locale.ROOT);
    }
}
