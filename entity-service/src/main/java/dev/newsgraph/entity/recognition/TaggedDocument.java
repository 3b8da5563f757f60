package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * One text after tokenisation, sentence splitting and tagging: every token with its character offsets,
 * the sentence it stands in, and the mentions found so far. The refinement steps read and rewrite it.
 */
final class TaggedDocument {

    private final String text;
    private final List<CoreLabel> tokens;
    private final int[] sentenceOf;
    private final String[] words;
    private final String[] lowerWords;
    private final List<Sentence> sentences;
    private List<TokenMention> mentions = new ArrayList<>();

    TaggedDocument(String text, List<CoreLabel> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.sentenceOf = new int[tokens.size()];
        this.words = new String[tokens.size()];
        this.lowerWords = new String[tokens.size()];
        for (int t = 0; t < tokens.size(); t++) {
            words[t] = text.substring(tokens.get(t).beginPosition(), tokens.get(t).endPosition());
            lowerWords[t] = words[t].toLowerCase(Locale.ROOT);
        }
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                sentenceOf[t] = s;
            }
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    /** The token's text as written (offsets into the text, not CoreNLP's normalised word). */
    String word(int token) {
        return words[token];
    }

    String lowerWord(int token) {
        return lowerWords[token];
    }

    int begin(int token) {
        return tokens.get(token).beginPosition();
    }

    int end(int token) {
        return tokens.get(token).endPosition();
    }

    List<Sentence> sentences() {
        return sentences;
    }

    Sentence sentenceOf(int token) {
        return sentences.get(sentenceOf[token]);
    }

    List<TokenMention> mentions() {
        return mentions;
    }

    void replaceMentions(List<TokenMention> newMentions) {
        List<TokenMention> sorted = new ArrayList<>(newMentions);
        sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        List<TokenMention> kept = new ArrayList<>();
        int claimedUpTo = 0;
        for (TokenMention mention : sorted) {
            if (mention.start() >= claimedUpTo && mention.end() > mention.start()) {
                kept.add(mention);
                claimedUpTo = mention.end();
            }
        }
        this.mentions = kept;
    }

    /** The mention's words joined by single spaces: the key under which a document's names are compared. */
    String surface(int start, int end) {
        StringBuilder key = new StringBuilder();
        for (int t = start; t < end; t++) {
            if (t > start) {
                key.append(' ');
            }
            key.append(word(t));
        }
        return key.toString();
    }

    /**
     * A sentence.
     *
     * @param firstToken its first token
     * @param endToken   after its last token
     * @param style      how the line uses capitals
     */
    record Sentence(int firstToken, int endToken, CaseStyle style) {

        /** A headline, heading or all-capitals line, whose capitals do not mark names. */
        boolean caseUnreliable() {
            return style.caseUnreliable();
        }

        /** A headline or heading: a short line whose capitals do not mark names. */
        boolean headline() {
            return style.caseUnreliable() && endToken - firstToken <= CaseStyle.MAX_HEADING_WORDS;
        }
    }
}
