package dev.newsgraph.entity.recognition.evaluation;

import java.util.List;

/**
 * One document of a CoNLL file: its tokens, where its sentences start, and the gold names.
 *
 * @param tokens         the tokens in order
 * @param sentenceStarts index of the first token of each sentence, ascending, starting at 0
 * @param gold           the annotated names, ordered, never overlapping
 */
public record ConllDocument(List<String> tokens, List<Integer> sentenceStarts, List<TokenSpan> gold) {

    /**
     * The document as a user would post it: tokens joined by single spaces, a newline between sentences.
     * Remembers where each token stands so that returned character spans map back to tokens.
     */
    public RawText rawText() {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[tokens.size()];
        int[] ends = new int[tokens.size()];
        int sentence = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                boolean sentenceBreak = sentence + 1 < sentenceStarts.size() && sentenceStarts.get(sentence + 1) == i;
                if (sentenceBreak) {
                    sentence++;
                }
                text.append(sentenceBreak ? '\n' : ' ');
            }
            starts[i] = text.length();
            text.append(tokens.get(i));
            ends[i] = text.length();
        }
        return new RawText(text.toString(), starts, ends);
    }
}
