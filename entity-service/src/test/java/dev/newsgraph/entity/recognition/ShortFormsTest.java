package dev.newsgraph.entity.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

class ShortFormsTest {

    /** One ordinary sentence per array, words separated by single spaces in the text. */
    private static TaggedDocument document(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<CoreLabel> tokens = new ArrayList<>();
        List<TaggedDocument.Sentence> split = new ArrayList<>();
        for (String sentence : sentences) {
            int first = tokens.size();
            List<String> words = List.of(sentence.split(" "));
            for (String word : words) {
                CoreLabel token = new CoreLabel();
                token.setBeginPosition(text.length());
                text.append(word);
                token.setEndPosition(text.length());
                text.append(' ');
                tokens.add(token);
            }
            text.setCharAt(text.length() - 1, '\n');
            split.add(new TaggedDocument.Sentence(first, tokens.size(), CaseStyle.of(words)));
        }
        return new TaggedDocument(text.toString(), tokens, split);
    }

    private static String types(TaggedDocument document) {
        StringBuilder out = new StringBuilder();
        for (TokenMention m : document.mentions()) {
            out.append(document.surface(m.start(), m.end())).append('/').append(m.type()).append(' ');
        }
        return out.toString().strip();
    }

    @Test
    void aGenerationalSuffixIsNoSurname() {
        // "John Mills Jr" names the person; the tagger read two later "Mills" as an organisation, and missed
        // a "Jr" nowhere near a name. The surname is "Mills": every "Mills" is the person, "Jr" alone is nothing.
        TaggedDocument doc = document(
                "John Mills Jr arrived in Leeds on Monday .",
                "Mills said the talks went well , Mills added .",
                "Jr is how the paper signs his column .");
        doc.replaceMentions(List.of(
                new TokenMention(0, 3, EntityType.PERSON, 0.99),
                new TokenMention(5, 6, EntityType.LOCATION, 0.99),
                new TokenMention(9, 10, EntityType.ORGANIZATION, 0.6),
                new TokenMention(16, 17, EntityType.ORGANIZATION, 0.6)));
        new LabelConsistency().refine(doc);
        new ShortForms().refine(doc);
        assertEquals("John Mills Jr/PERSON Leeds/LOCATION Mills/PERSON Mills/PERSON", types(doc));
    }

    @Test
    void theSurnameTokenSkipsSuffixes() {
        TaggedDocument doc = document("Martin Luther King Jr. , Pope John Paul II and Bob Sr spoke .");
        assertEquals(2, ShortForms.surnameToken(doc, new TokenMention(0, 4, EntityType.PERSON, 1)));
        assertEquals(7, ShortForms.surnameToken(doc, new TokenMention(6, 9, EntityType.PERSON, 1)));
        assertEquals(10, ShortForms.surnameToken(doc, new TokenMention(10, 12, EntityType.PERSON, 1)));
        assertTrue(ShortForms.isSuffix("III"));
    }
}
