package dev.newsgraph.article.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search hit's snippet, built from ts_headline's output. ts_headline marks the matches with two
 * control characters ({@link #START}, {@link #STOP}), which no stored text can hold (ingest refuses
 * control characters), so the marks are unambiguous; it does not escape the text. From that this builds
 * both shapes a client may want:
 *
 * <ul>
 * <li>{@code text}: the snippet as plain text, and {@code highlights}: the matches as [start, end)
 * offsets into {@code text}, in UTF-16 code units (JavaScript and Java string indices), in order and
 * not overlapping. For clients that render themselves.</li>
 * <li>{@code html}: {@code text} HTML-escaped ({@code & < > " '}), with each highlight wrapped in
 * {@code <mark>...</mark>}: the only markup in it. Safe to put into a page as is.</li>
 * </ul>
 */
public record Snippet(String html, String text, List<TextRange> highlights) {

    /** Marks the start of a match in ts_headline's output (StartSel). */
    static final char START = '\u0002';
    /** Marks the end of a match in ts_headline's output (StopSel). */
    static final char STOP = '\u0003';

    /** A match: [start, end) in the snippet's plain text. */
    public record TextRange(int start, int end) {
    }

    /** The snippet of ts_headline's output {@code marked}; null gives an empty snippet. */
    public static Snippet fromHeadline(String marked) {
        if (marked == null) {
            return new Snippet("", "", List.of());
        }
        StringBuilder text = new StringBuilder(marked.length());
        StringBuilder html = new StringBuilder(marked.length() + 16);
        List<TextRange> highlights = new ArrayList<>();
        int openedAt = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                if (openedAt < 0) {
                    openedAt = text.length();
                    html.append("<mark>");
                }
            } else if (c == STOP) {
                if (openedAt >= 0) {
                    close(openedAt, text.length(), highlights, html);
                    openedAt = -1;
                }
            } else {
                text.append(c);
                escape(c, html);
            }
        }
        if (openedAt >= 0) {
            close(openedAt, text.length(), highlights, html);
        }
        return new Snippet(html.toString(), text.toString(), List.copyOf(highlights));
    }

    private static void close(int start, int end, List<TextRange> highlights, StringBuilder html) {
        html.append("</mark>");
        if (end > start) {
            highlights.add(new TextRange(start, end));
        }
    }

    /** {@code c} as HTML text, in element content or in a quoted attribute. */
    static void escape(char c, StringBuilder html) {
        switch (c) {
            case '&' -> html.append("&amp;");
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
