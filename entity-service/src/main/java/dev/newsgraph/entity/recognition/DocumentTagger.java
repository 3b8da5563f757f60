package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Tokenises and splits a text with CoreNLP, then tags all its sentences at once with the neural tagger
 * ({@link NeuralTagger}: one model for every line, headings and all-capitals lines included). Mentions are
 * read from the BIOES tags; a mention's confidence is the lowest probability the tagger gives any of its
 * tokens for the mention's type. Models load once; tagging is thread-safe.
 */
final class DocumentTagger {

    static final int MAX_WORD_CHARS = 100;
    private static final Pattern OVERLONG_WORD = Pattern.compile("\\S{" + (MAX_WORD_CHARS + 1) + ",}");

    private final StanfordCoreNLP splitter;
    private final NeuralTagger tagger;

    DocumentTagger() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Articles put headlines, headings and paragraphs on lines of their own.
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // As the CoNLL training data: hyphenated words stay whole; curly quotes read as straight ones.
        split.setProperty("tokenize.options", "splitHyphenated=false,quotes=ascii");
        this.splitter = new StanfordCoreNLP(split);
        this.tagger = new NeuralTagger();
    }

    String description() {
        return tagger.description();
    }

    /** Splits and tags the text. */
    TaggedDocument tag(String text) {
        Annotation annotation = new Annotation(withoutOverlongWords(text));
        splitter.annotate(annotation);
        List<CoreLabel> tokens = new ArrayList<>();
        List<TaggedDocument.Sentence> sentences = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        List<List<CoreLabel>> split = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(sentence -> sentence.get(CoreAnnotations.TokensAnnotation.class)).toList();
        for (List<CoreLabel> sentenceTokens : SentenceRepair.repair(text, split)) {
            List<String> sentenceWords = sentenceTokens.stream().map(t -> text.substring(t.beginPosition(), t.endPosition())).toList();
            int offset = tokens.size();
            tokens.addAll(sentenceTokens);
            sentences.add(new TaggedDocument.Sentence(offset, tokens.size(), CaseStyle.of(sentenceWords)));
            words.add(sentenceWords);
        }
        List<NeuralTagger.Tagged> tagged = tagger.tag(words);
        List<TokenMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            collectMentions(tagged.get(s), sentences.get(s).firstToken(), mentions);
        }
        TaggedDocument document = new TaggedDocument(text, tokens, sentences);
        document.replaceMentions(mentions);
        return document;
    }

    /**
     * The text with every run of more than {@value #MAX_WORD_CHARS} non-blank characters blanked out, at
     * the same length so offsets still hold. No name is that long, and a 100,000-character "word" only costs
     * the tokeniser time and memory.
     */
    static String withoutOverlongWords(String text) {
        Matcher overlong = OVERLONG_WORD.matcher(text);
        if (!overlong.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text);
        do {
            for (int i = overlong.start(); i < overlong.end(); i++) {
                masked.setCharAt(i, ' ');
            }
        } while (overlong.find());
        return masked.toString();
    }

    /**
     * Mentions from BIOES tags, read leniently: a mention starts at B or S (or at an I or E whose type
     * differs from the open mention's) and ends after E or S, or where O or another type begins.
     */
    static void collectMentions(NeuralTagger.Tagged tagged, int offset, List<TokenMention> mentions) {
        String[] tags = tagged.tags();
        int start = -1;
        EntityType open = null;
        double confidence = 1.0;
        for (int i = 0; i <= tags.length; i++) {
            String tag = i < tags.length ? tags[i] : "O";
            char prefix = tag.charAt(0);
            EntityType type = prefix == 'O' ? null : EntityType.fromLabel(tag.substring(2));
            if (open != null && (prefix == 'O' || prefix == 'B' || prefix == 'S' || type != open)) {
                mentions.add(new TokenMention(offset + start, offset + i, open, confidence));
                open = null;
            }
            if (type == null) {
                continue;
            }
            if (open == null) {
                start = i;
                open = type;
                confidence = 1.0;
            }
            confidence = Math.min(confidence, tagged.probability()[i]);
            if (prefix == 'E' || prefix == 'S') {
                mentions.add(new TokenMention(offset + start, offset + i + 1, open, confidence));
                open = null;
            }
        }
    }
}
