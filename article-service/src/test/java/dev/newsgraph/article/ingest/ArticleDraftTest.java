package dev.newsgraph.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.article.store.Section;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;

class ArticleDraftTest {

    @Test
    void normalisesEveryTextAndDerivesPlainTextAndFingerprint() {
        ArticleDraft draft = ArticleDraft.from(new ArticleInput("https://Example.com/a?utm_source=x", "  Kim\n meets  Putin ",
                null, List.of("Jane Doe", " Jane  Doe", ""), " Reuters ", null, "2024-09-05T12:00:00+02:00",
                List.of("politics", "politics", "asia"),
                List.of(new Section(" ", Arrays.asList("First\nparagraph.", " ", null)), new Section("Next", List.of("Second.")))));

        assertEquals("https://example.com/a", draft.url());
        assertEquals("Kim meets Putin", draft.headline());
        assertEquals(List.of("Jane Doe"), draft.authors());
        assertEquals("Reuters", draft.source());
        assertEquals("en", draft.language());
        assertEquals(Instant.parse("2024-09-05T10:00:00Z"), draft.publishedAt());
        assertEquals(List.of("politics", "asia"), draft.tags());
        assertEquals(List.of(new Section(null, List.of("First paragraph.")), new Section("Next", List.of("Second."))),
                draft.sections());
        assertEquals("Kim meets Putin\n\nFirst paragraph.\n\nNext\n\nSecond.", draft.text());
        assertEquals(7, draft.wordCount());
        assertEquals(ContentFingerprint.of(draft.text()).contentHash(), draft.contentHash());
    }

    @Test
    void aDateAloneIsMidnightUtc() {
        assertEquals(Instant.parse("2024-09-05T00:00:00Z"), ArticleDraft.parseInstant("2024-09-05"));
    }

    @Test
    void reportsEveryInvalidField() {
        ProblemException e = assertThrows(ProblemException.class, () -> ArticleDraft.from(new ArticleInput(
                "ftp://example.com/a", " ", null, null, null, "english", "yesterday", null,
                List.of(new Section("Only a heading", List.of())))));

        assertEquals(400, e.problem().status());
        assertEquals("invalid-request", e.problem().slug());
        assertEquals(List.of("headline", "url", "language", "publishedAt", "sections"),
                e.problem().errors().stream().map(Problem.FieldError::field).toList());
    }

    @Test
    void controlCharactersAndOversizedTextsAreFieldErrors() {
        ProblemException e = assertThrows(ProblemException.class, () -> ArticleDraft.from(new ArticleInput(
                "https://example.com/\u0000", "H".repeat(ArticleDraft.MAX_HEADLINE_CHARS + 1), "Bell\u0007", List.of("A".repeat(301)),
                "Wire\u001b[0m", null, null, List.of("ok"), List.of(new Section(null, List.of("Fine.", "Nul \u0000 inside."))))));

        assertEquals(List.of("headline", "url", "sections[0].paragraphs[1]", "standfirst", "source", "authors[0]"),
                e.problem().errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("must not contain control characters (U+0000 at 4)", e.problem().errors().get(2).message());
        assertEquals("must be at most 1000 characters", e.problem().errors().get(0).message());
    }

    @Test
    void lineBreaksTabsAndFormFeedsAreWhitespaceNotControlCharacters() {
        ArticleDraft draft = ArticleDraft.from(new ArticleInput(null, "Head\tline", null, null, null, null, null, null,
                List.of(new Section(null, List.of("One\r\ntwo\fthree")))));
        assertEquals("Head line\n\nOne two three", draft.text());
    }
}
