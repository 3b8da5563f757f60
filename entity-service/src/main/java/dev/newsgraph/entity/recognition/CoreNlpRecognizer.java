package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Stanford CoreNLP's CoNLL 4-class CRF behind the lean pipeline {@code tokenize,ssplit,ner}: SUTime,
 * numeric classifiers and fine-grained NER are off (they cost 50x the time and 10x the memory and
 * add nothing to the four CoNLL classes). The pipeline is built once; {@code annotate} is thread-safe.
 */
public class CoreNlpRecognizer implements EntityRecognizer {

    public static final String CONLL_4CLASS_MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;
    private final String version;

    public CoreNlpRecognizer(String modelPath) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ner.model", modelPath);
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "true");
        this.pipeline = new StanfordCoreNLP(props);
        this.version = "corenlp-4.5.10/" + modelPath.substring(modelPath.lastIndexOf('/') + 1);
    }

    @Override
    public Recognition recognize(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<RecognizedMention> mentions = new ArrayList<>();
        int tokens = 0;
        for (CoreSentence sentence : document.sentences()) {
            tokens += sentence.tokens().size();
            int sentenceStart = sentence.charOffsets().first();
            int sentenceEnd = sentence.charOffsets().second();
            for (CoreEntityMention mention : sentence.entityMentions()) {
                EntityType type = EntityType.fromLabel(mention.entityType());
                if (type == null) {
                    continue;
                }
                int start = mention.charOffsets().first();
                int end = mention.charOffsets().second();
                double confidence = mention.entityTypeConfidences() == null ? 1.0
                        : mention.entityTypeConfidences().getOrDefault(mention.entityType(), 1.0);
                mentions.add(new RecognizedMention(start, end, text.substring(start, end), type, confidence,
                        sentenceStart, sentenceEnd));
            }
        }
        return new Recognition(List.copyOf(mentions), tokens);
    }

    @Override
    public String version() {
        return version;
    }
}
