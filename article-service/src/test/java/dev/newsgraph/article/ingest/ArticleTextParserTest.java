package dev.newsgraph.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import dev.newsgraph.article.store.Section;

class ArticleTextParserTest {

    static String sample() throws IOException {
        return Files.readString(Path.of("..", "samples", "kim-putin-summit.txt"));
    }

    @Test
    void readsTheSampleArticle() throws IOException {
        ParsedArticle article = ArticleTextParser.parse(sample());

        assertEquals("Historic Summit: Kim Jong Un to Meet Putin Amidst Ukraine Weapons Sales Drama", article.headline());
        List<String> headings = article.sections().stream().map(Section::heading).filter(Objects::nonNull).toList();
        assertEquals(13, headings.size());
        assertEquals("Russia’s Minister of Defence’s Visit to North Korea", headings.get(0));
        assertEquals("Speculations About Kim Jong Un’s Visit to Russia", headings.get(1));
        assertEquals("The Choice of Vladivostock", headings.get(2));
        assertEquals("America’s Concerns", headings.get(3));
        assertEquals("U.S. Urges North Korea", headings.get(6));
        assertEquals("The Significance of This Meeting", headings.get(12));
        // the introduction stands before the first heading, in a section without one
        assertNull(article.sections().get(0).heading());
        assertTrue(article.sections().get(0).paragraphs().get(0).startsWith("In recent times, international diplomacy"));
        assertEquals(14, article.sections().stream().mapToInt(s -> s.paragraphs().size()).sum());
        assertTrue(article.sections().stream().allMatch(s -> s.paragraphs().size() == 1));
    }

    @Test
    void joinsTheLinesOfAParagraphWithASpace() {
        ParsedArticle article = ArticleTextParser.parse("Headline\n\nFirst line of a paragraph,\nsecond line.\n\nAnother one.");
        assertEquals(List.of(new Section(null, List.of("First line of a paragraph, second line.", "Another one."))),
                article.sections());
    }

    @Test
    void honoursMarkdownHeadings() {
        ParsedArticle article = ArticleTextParser.parse("""
                # The headline

                Intro paragraph.

                ## First section
                Body of the first section
                continues here.

                ### Second section ###

                A short line

                Last paragraph.
                """);
        assertEquals("The headline", article.headline());
        assertEquals(List.of(
                new Section(null, List.of("Intro paragraph.")),
                new Section("First section", List.of("Body of the first section continues here.")),
                new Section("Second section", List.of("A short line", "Last paragraph."))), article.sections());
    }

    @Test
    void aShortLineIsAHeadingOnlyWithoutClosingPunctuationAndWithTextAfterIt() {
        ParsedArticle article = ArticleTextParser.parse(
                "Headline\r\n\r\nIntro.\r\n\r\nA heading\r\n\r\nText.\r\n\r\nNot a heading:\r\n\r\nMore text.\r\n\r\nTrailing line");
        assertEquals(List.of(
                new Section(null, List.of("Intro.")),
                new Section("A heading", List.of("Text.", "Not a heading:", "More text.", "Trailing line"))),
                article.sections());
    }

    @Test
    void headingHeuristicLimits() {
        assertTrue(ArticleTextParser.looksLikeHeading("Russia’s Minister of Defence’s Visit to North Korea"));
        assertFalse(ArticleTextParser.looksLikeHeading("He said “yes”"));
        assertFalse(ArticleTextParser.looksLikeHeading("It was said;"));
        assertFalse(ArticleTextParser.looksLikeHeading("one two three four five six seven eight nine ten eleven twelve thirteen"));
        assertFalse(ArticleTextParser.looksLikeHeading("x".repeat(101)));
        assertFalse(ArticleTextParser.looksLikeHeading("2024"));
    }

    @Test
    void theFirstLineIsTheHeadlineAndTheRestOfItsBlockAParagraph() {
        ParsedArticle article = ArticleTextParser.parse("\uFEFF\n\n  Headline  \nstraight into the text.\n");
        assertEquals("Headline", article.headline());
        assertEquals(List.of(new Section(null, List.of("straight into the text."))), article.sections());
    }

    @Test
    void emptyDocumentHasNoHeadline() {
        ParsedArticle article = ArticleTextParser.parse(" \n\n\t\n");
        assertNull(article.headline());
        assertTrue(article.sections().isEmpty());
    }

    @Test
    void headlineAloneHasNoBody() {
        assertTrue(ArticleTextParser.parse("Only a headline\n").sections().isEmpty());
    }
}
