package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Repairs CoreNLP's tokens where they break names or join two. It undoes two sentence breaks the splitter
 * makes inside names and lists, where the tagger then sees a name without its context: after an initial
 * that precedes a word which often starts sentences ("P. Such", split as "P" "." | "Such") and after a list
 * number at the start of a line ("2." | "Venuste Niyongabo"); the detached period is joined back to its
 * initial or number, as news copy writes it. And it splits a hyphen that joins two names between names
 * ("Kim Jong Un-Vladimir Putin meeting"), which would otherwise make one person of two; hyphenated names
 * ("Jean-Pierre Papin", "Rolls-Royce") have no name on both sides and stay whole.
 */
final class SentenceRepair {

    private SentenceRepair() {
    }

    static List<List<CoreLabel>> repair(String text, List<List<CoreLabel>> sentences) {
        List<List<CoreLabel>> repaired = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            if (!repaired.isEmpty()) {
                List<CoreLabel> previous = repaired.get(repaired.size() - 1);
                if (sameLine(text, previous, sentence) && endsWithDetachedPeriod(text, previous)) {
                    List<CoreLabel> joined = new ArrayList<>(previous.subList(0, previous.size() - 2));
                    joined.add(joinedToken(text, previous.get(previous.size() - 2), previous.get(previous.size() - 1)));
                    joined.addAll(sentence);
                    repaired.set(repaired.size() - 1, joined);
                    continue;
                }
            }
            repaired.add(sentence);
        }
        repaired.replaceAll(sentence -> splitJoinedNames(text, sentence));
        return repaired;
    }

    private static List<CoreLabel> splitJoinedNames(String text, List<CoreLabel> sentence) {
        List<CoreLabel> result = null;
        for (int i = 0; i < sentence.size(); i++) {
            CoreLabel token = sentence.get(i);
            String word = text.substring(token.beginPosition(), token.endPosition());
            int hyphen = word.indexOf('-');
            boolean joins = i > 0 && i < sentence.size() - 1 && hyphen > 0 && hyphen == word.lastIndexOf('-')
                    && hyphen < word.length() - 1 && Character.isUpperCase(word.charAt(0))
                    && Character.isUpperCase(word.charAt(hyphen + 1)) && !CaseStyle.isAllCaps(word)
                    && isCapitalisedWord(text, sentence.get(i - 1)) && isCapitalisedWord(text, sentence.get(i + 1));
            if (joins && result == null) {
                result = new ArrayList<>(sentence.subList(0, i));
            }
            if (joins) {
                int begin = token.beginPosition();
                result.add(part(text, token, begin, begin + hyphen));
                result.add(part(text, token, begin + hyphen, begin + hyphen + 1));
                result.add(part(text, token, begin + hyphen + 1, token.endPosition()));
            } else if (result != null) {
                result.add(token);
            }
        }
        return result == null ? sentence : result;
    }

    private static boolean isCapitalisedWord(String text, CoreLabel token) {
        String word = text.substring(token.beginPosition(), token.endPosition());
        return Character.isUpperCase(word.charAt(0)) && !CaseStyle.isAllCaps(word);
    }

    private static CoreLabel part(String text, CoreLabel token, int begin, int end) {
        CoreLabel part = new CoreLabel(token);
        String word = text.substring(begin, end);
        part.setWord(word);
        part.setValue(word);
        part.setOriginalText(word);
        part.setBeginPosition(begin);
        part.setEndPosition(end);
        return part;
    }

    private static boolean sameLine(String text, List<CoreLabel> previous, List<CoreLabel> next) {
        int from = previous.get(previous.size() - 1).endPosition();
        int to = next.get(0).beginPosition();
        return text.substring(from, to).indexOf('\n') < 0;
    }

    /** "P" "." (an initial) or, as the whole sentence, "2" "." (a list number), with nothing between. */
    private static boolean endsWithDetachedPeriod(String text, List<CoreLabel> sentence) {
        int n = sentence.size();
        if (n < 2) {
            return false;
        }
        CoreLabel head = sentence.get(n - 2);
        CoreLabel dot = sentence.get(n - 1);
        if (!".".equals(dot.word()) || head.endPosition() != dot.beginPosition()) {
            return false;
        }
        String word = text.substring(head.beginPosition(), head.endPosition());
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        boolean listNumber = n == 2 && word.length() <= 3 && word.chars().allMatch(Character::isDigit);
        return initial || listNumber;
    }

    private static CoreLabel joinedToken(String text, CoreLabel head, CoreLabel dot) {
        CoreLabel token = new CoreLabel(head);
        String word = text.substring(head.beginPosition(), dot.endPosition());
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setEndPosition(dot.endPosition());
        token.setAfter(dot.after());
        return token;
    }
}
