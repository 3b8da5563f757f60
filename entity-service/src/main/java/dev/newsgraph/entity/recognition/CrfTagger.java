package dev.newsgraph.entity.recognition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * Tokenises and splits a text with CoreNLP, then tags each sentence with a CoNLL 4-class CRF: the cased
 * model for ordinary sentences, the caseless one (when given) for headings and all-capitals lines. Both go
 * through CoreNLP's own NER annotator per sentence, so the CRF gets its feature preprocessing. Models load
 * once; tagging is thread-safe.
 */
final class CrfTagger {

    static final int MAX_WORD_CHARS = 100;
    private static final Pattern OVERLONG_WORD = Pattern.compile("\\S{" + (MAX_WORD_CHARS + 1) + ",}");

    private final StanfordCoreNLP splitter;
    private final NERCombinerAnnotator cased;
    private final NERCombinerAnnotator caseless;

    CrfTagger(String casedModel, String caselessModel) {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // Articles put headlines, headings and paragraphs on lines of their own.
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // As the CoNLL training data: hyphenated words stay whole; curly quotes read as straight ones.
        split.setProperty("tokenize.options", "splitHyphenated=false,quotes=ascii");
        this.splitter = new StanfordCoreNLP(split);
        this.cased = annotator(casedModel);
        this.caseless = caselessModel == null ? null : annotator(caselessModel);
    }

    private static NERCombinerAnnotator annotator(String model) {
        Properties props = new Properties();
        props.setProperty("ner.model", model);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        try {
            return new NERCombinerAnnotator(props);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + model, e);
        }
    }

    /** Splits and tags the text; mentions are the runs of equally labelled tokens within a sentence. */
    TaggedDocument tag(String text) {
        Annotation annotation = new Annotation(withoutOverlongWords(text));
        splitter.annotate(annotation);
        List<CoreLabel> tokens = new ArrayList<>();
        List<TaggedDocument.Sentence> sentences = new ArrayList<>();
        List<TokenMention> mentions = new ArrayList<>();
        List<List<CoreLabel>> split = annotation.get(CoreAnnotations.SentencesAnnotation.class).stream()
                .map(sentence -> sentence.get(CoreAnnotations.TokensAnnotation.class)).toList();
        for (List<CoreLabel> sentenceTokens : SentenceRepair.repair(text, split)) {
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, sentenceTokens);
            List<String> words = sentenceTokens.stream().map(t -> text.substring(t.beginPosition(), t.endPosition())).toList();
            CaseStyle style = CaseStyle.of(words);
            NERCombinerAnnotator ner = style == CaseStyle.ALL_CAPS && caseless != null ? caseless : cased;
            ner.doOneSentence(annotation, sentence);
            int offset = tokens.size();
            tokens.addAll(sentenceTokens);
            sentences.add(new TaggedDocument.Sentence(offset, tokens.size(), style));
            collectMentions(sentenceTokens, offset, mentions);
        }
        TaggedDocument document = new TaggedDocument(text, tokens, sentences);
        document.replaceMentions(mentions);
        return document;
    }

    /**
     * The text with every run of more than {@value #MAX_WORD_CHARS} non-blank characters blanked out, at
     * the same length so offsets still hold. No name is that long, and the CRF's character features grow
     * with the square of a word's length: one 100,000-character "word" exhausts the heap.
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

    private static void collectMentions(List<CoreLabel> tokens, int offset, List<TokenMention> mentions) {
        int i = 0;
        while (i < tokens.size()) {
            EntityType type = EntityType.fromLabel(tokens.get(i).ner());
            if (type == null) {
                i++;
                continue;
            }
            int start = i;
            double confidence = 1.0;
            while (i < tokens.size() && type == EntityType.fromLabel(tokens.get(i).ner())) {
                confidence = Math.min(confidence, probability(tokens.get(i)));
                i++;
            }
            mentions.add(new TokenMention(offset + start, offset + i, type, confidence));
        }
    }

    private static double probability(CoreLabel token) {
        Map<String, Double> probs = token.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
        Double p = probs == null ? null : probs.get(token.ner());
        return p == null || p < 0 ? 1.0 : p;
    }
}
