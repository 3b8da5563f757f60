package dev.newsgraph.entity.recognition.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import dev.newsgraph.entity.recognition.EntityType;

class ConllCorpusTest {

    private static final String MARKUP = """
            [LOC GENEVA] 2026-03-02
            [PER Anna Berg] and [PER Tom] [PER Hale] met [ORG Nordic Rail] officials .
            ---
            [MISC Swiss] voters backed the plan .
            """;

    @ParameterizedTest
    @ValueSource(strings = {"BIO", "IOB1", "BIOES"})
    void decodesEveryTaggingSchemeToTheSameNames(String scheme) throws IOException {
        List<ConllDocument> documents = read(AnnotatedExcerpt.toConll(MARKUP, scheme));

        assertEquals(2, documents.size());
        ConllDocument first = documents.get(0);
        assertEquals(List.of(0, 2), first.sentenceStarts());
        assertEquals(List.of(
                new TokenSpan(0, 1, EntityType.LOCATION),
                new TokenSpan(2, 4, EntityType.PERSON),
                new TokenSpan(5, 6, EntityType.PERSON),
                new TokenSpan(6, 7, EntityType.PERSON),
                new TokenSpan(8, 10, EntityType.ORGANIZATION)), first.gold());
        assertEquals(List.of(new TokenSpan(0, 1, EntityType.MISC)), documents.get(1).gold());
    }

    @Test
    void rebuildsRawTextWithSpacesAndNewlinesAndMapsCharacterSpansBackToTokens() throws IOException {
        ConllDocument document = read(AnnotatedExcerpt.toConll(MARKUP, "BIO")).get(0);
        RawText raw = document.rawText();

        assertEquals("GENEVA 2026-03-02\nAnna Berg and Tom Hale met Nordic Rail officials .", raw.text());
        int anna = raw.text().indexOf("Anna");
        int rail = raw.text().indexOf("Rail");
        List<TokenSpan> spans = raw.toTokenSpans(List.of(
                new RawText.CharSpan(anna, anna + "Anna Berg".length(), EntityType.PERSON),
                // a span ending inside a token claims the whole token
                new RawText.CharSpan(rail, rail + 2, EntityType.ORGANIZATION)));
        assertEquals(List.of(new TokenSpan(2, 4, EntityType.PERSON), new TokenSpan(9, 10, EntityType.ORGANIZATION)), spans);
    }

    @Test
    void rejectsUnknownTags() {
        assertThrows(IllegalArgumentException.class, () -> read("Paris X-PLACE\n"));
    }

    private static List<ConllDocument> read(String conll) throws IOException {
        return ConllCorpus.read(new BufferedReader(new StringReader(conll)));
    }
}
