package dev.newsgraph.article.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void headlineStandfirstThenHeadingsAndParagraphsSeparatedByBlankLines() {
        String text = PlainText.of("Headline", "Standfirst", List.of(
                new Section(null, List.of("Intro.")),
                new Section("Heading", List.of("One.", "Two."))));
        assertEquals("Headline\n\nStandfirst\n\nIntro.\n\nHeading\n\nOne.\n\nTwo.", text);
    }

    @Test
    void withoutStandfirstTheFirstParagraphFollowsTheHeadline() {
        assertEquals("Headline\n\nBody.", PlainText.of("Headline", null, List.of(new Section(null, List.of("Body.")))));
    }
}
