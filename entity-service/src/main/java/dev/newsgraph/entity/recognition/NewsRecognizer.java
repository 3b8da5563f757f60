package dev.newsgraph.entity.recognition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entity recogniser for news: our neural CoNLL 4-class tagger (BiLSTM-CNN-CRF through ONNX Runtime, see
 * {@link NeuralTagger}) over CoreNLP's tokens and sentences, repaired where they break or join names, followed by document-level
 * refinements that a sentence-by-sentence tagger cannot make. Each is a {@link Step}; all are on by
 * default, and the evaluation can switch them off one by one to measure each (docs/quality.md). Models load
 * once in the constructor; {@link #recognize} is thread-safe.
 */
public final class NewsRecognizer implements EntityRecognizer {

    /** The refinements on top of the tagger, in the order they run. */
    public enum Step {
        /** Drop mentions made only of function words: pronouns, determiners, prepositions. */
        CLOSED_CLASS,
        /** Keep titles and roles out of person names; a portfolio ("Minister of Defence") is no organisation. */
        TITLES,
        /** Names joined by "and" split; leading dates, regnal numbers and "-based" modifiers put right. */
        BOUNDARIES,
        /** Country names are locations, nationality words MISC (from the JDK's locale data). */
        GAZETTEER,
        /** In Title Case headings, only the names the body establishes (and countries) stay names. */
        HEADINGS,
        /** One name, one type per document; occurrences the tagger missed become mentions. */
        CONSISTENCY,
        /** A surname (or an East Asian family name) alone is the person named in full in the document. */
        SHORT_FORMS,
    }

    private final EnumSet<Step> steps;
    private final DocumentTagger tagger;
    private final List<DocumentRefinement> refinements = new ArrayList<>();

    /** The recogniser with every step on: what the service uses. */
    public NewsRecognizer() {
        this(EnumSet.allOf(Step.class));
    }

    private NewsRecognizer(Set<Step> steps) {
        this.steps = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
        this.tagger = new DocumentTagger();
        CountryGazetteer gazetteer = new CountryGazetteer();
        for (Step step : this.steps) {
            switch (step) {
                case CLOSED_CLASS -> refinements.add(new ClosedClassFilter());
                case TITLES -> refinements.add(new PersonTitles());
                case BOUNDARIES -> refinements.add(new NameBoundaries(gazetteer));
                case GAZETTEER -> refinements.add(new GazetteerTypes(gazetteer));
                case HEADINGS -> refinements.add(new HeadingNames(gazetteer));
                case CONSISTENCY -> refinements.add(new LabelConsistency());
                case SHORT_FORMS -> refinements.add(new ShortForms());
            }
        }
    }

    /** A recogniser with only the given steps: for measuring what each contributes. */
    public static NewsRecognizer withSteps(Set<Step> steps) {
        return new NewsRecognizer(steps);
    }

    @Override
    public Recognition recognize(String text) {
        TaggedDocument document = tagger.tag(text);
        for (DocumentRefinement refinement : refinements) {
            refinement.refine(document);
        }
        List<RecognizedMention> mentions = new ArrayList<>();
        for (TokenMention m : document.mentions()) {
            TaggedDocument.Sentence sentence = document.sentenceOf(m.start());
            int start = document.begin(m.start());
            int end = document.end(m.end() - 1);
            mentions.add(new RecognizedMention(start, end, text.substring(start, end), m.type(), m.confidence(),
                    document.begin(sentence.firstToken()), document.end(sentence.endToken() - 1)));
        }
        return new Recognition(List.copyOf(mentions), document.size());
    }

    @Override
    public String version() {
        Set<Step> off = EnumSet.complementOf(steps);
        // CoreNLP still tokenises and splits sentences; the tagger names its models
        return "newsgraph-news-2/corenlp-4.5.10/" + tagger.description()
                + (off.isEmpty() ? "" : "/without:" + off.stream().map(Enum::name).collect(Collectors.joining(",")));
    }
}
