package dev.newsgraph.entity.recognition.evaluation;

import java.util.List;

import dev.newsgraph.entity.recognition.EntityRecognizer;
import dev.newsgraph.entity.recognition.RecognizedMention;
import dev.newsgraph.entity.recognition.evaluation.RawText.CharSpan;

/** What the evaluation sends raw text to: a recogniser in this process, or a running entity service. */
public interface RecognizerUnderTest {

    /** The names found in the text, as character spans into it, ordered by start. */
    List<CharSpan> recognize(String text);

    /** Which recogniser answered, for the report. */
    String description();

    static RecognizerUnderTest inProcess(EntityRecognizer recognizer) {
        return new RecognizerUnderTest() {
            @Override
            public List<CharSpan> recognize(String text) {
                return recognizer.recognize(text).mentions().stream().map(RecognizerUnderTest::span).toList();
            }

            @Override
            public String description() {
                return "in-process " + recognizer.version();
            }
        };
    }

    private static CharSpan span(RecognizedMention mention) {
        return new CharSpan(mention.start(), mention.end(), mention.type());
    }
}
