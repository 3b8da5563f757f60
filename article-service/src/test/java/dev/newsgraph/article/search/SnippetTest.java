package dev.newsgraph.article.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.article.search.Snippet.TextRange;

class SnippetTest {

    private static final String S = String.valueOf(Snippet.START);
    private static final String E = String.valueOf(Snippet.STOP);

    @Test
    void markupInTheTextIsEscapedAndOnlyTheHighlightsAreMarkedUp() {
        Snippet snippet = Snippet.fromHeadline("An <img src=x onerror=alert(1)> near " + S + "Geneva" + E + " & \"it's\"");
        assertEquals("An &lt;img src=x onerror=alert(1)&gt; near <mark>Geneva</mark> &amp; &quot;it&#39;s&quot;", snippet.html());
        assertEquals("An <img src=x onerror=alert(1)> near Geneva & \"it's\"", snippet.text());
        assertEquals(List.of(new TextRange(37, 43)), snippet.highlights());
        assertEquals("Geneva", snippet.text().substring(37, 43));
    }

    @Test
    void aMatchThatIsItselfMarkupIsEscapedInsideTheMark() {
        Snippet snippet = Snippet.fromHeadline(S + "<script>" + E + " and " + S + "b" + E);
        assertEquals("<mark>&lt;script&gt;</mark> and <mark>b</mark>", snippet.html());
        assertEquals(List.of(new TextRange(0, 8), new TextRange(13, 14)), snippet.highlights());
    }

    @Test
    void rangesCountUtf16UnitsAndSurviveStrayOrUnclosedMarks() {
        Snippet snippet = Snippet.fromHeadline("\uD83D\uDDDE " + S + "Putin" + E + E + " x " + S + "end");
        assertEquals("\uD83D\uDDDE Putin x end", snippet.text());
        assertEquals(List.of(new TextRange(3, 8), new TextRange(11, 14)), snippet.highlights());
        assertEquals("\uD83D\uDDDE <mark>Putin</mark> x <mark>end</mark>", snippet.html());
        assertEquals(new Snippet("", "", List.of()), Snippet.fromHeadline(null));
    }

    @Test
    void aSnippetWithoutMatchesIsPlainEscapedText() {
        Snippet snippet = Snippet.fromHeadline("Tom & Jerry");
        assertEquals("Tom &amp; Jerry", snippet.html());
        assertEquals(List.of(), snippet.highlights());
    }
}
