package dev.newsgraph.article.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.newsgraph.article.store.Section;

/**
 * Reads an article from plain text or Markdown, the way a person would lay one out:
 *
 * <ul>
 * <li>The first non-empty line is the headline (a leading Markdown heading of any level, too).</li>
 * <li>Blocks are separated by blank lines; the lines of a block are joined by a space into one paragraph.</li>
 * <li>Markdown ATX headings ({@code #}, {@code ##}, {@code ###}, ...) after the headline start sections.</li>
 * <li>In a document without such headings, a block of one short line (at most {@value #MAX_HEADING_CHARS}
 * characters and {@value #MAX_HEADING_WORDS} words, with a letter in it) that does not end in closing
 * punctuation and is followed by another block is a section heading, as in wire copy pasted as text.
 * A document with Markdown headings says explicitly where its sections are, so its short lines stay
 * paragraphs.</li>
 * </ul>
 * Paragraphs before the first heading form a section without heading. Other Markdown syntax is kept
 * as written.
 */
public final class ArticleTextParser {

    static final int MAX_HEADING_CHARS = 100;
    static final int MAX_HEADING_WORDS = 12;

    private static final Pattern ATX_HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final String CLOSING_PUNCTUATION = ".!?:;,\"”'’…";

    private ArticleTextParser() {
    }

    public static ParsedArticle parse(String text) {
        List<Block> blocks = blocks(text);
        if (blocks.isEmpty()) {
            return new ParsedArticle(null, List.of());
        }
        Block first = blocks.remove(0);
        String headline;
        if (first.markdownHeading()) {
            headline = first.lines().get(0);
        } else {
            headline = first.lines().get(0);
            if (first.lines().size() > 1) {
                blocks.add(0, new Block(first.lines().subList(1, first.lines().size()), false));
            }
        }
        boolean explicitHeadings = blocks.stream().anyMatch(Block::markdownHeading);

        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean startsSection = explicitHeadings
                    ? block.markdownHeading()
                    : i + 1 < blocks.size() && block.lines().size() == 1 && looksLikeHeading(block.lines().get(0));
            if (startsSection) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, paragraphs));
                }
                heading = block.lines().get(0);
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(String.join(" ", block.lines()));
            }
        }
        if (heading != null || !paragraphs.isEmpty()) {
            sections.add(new Section(heading, paragraphs));
        }
        return new ParsedArticle(headline, sections);
    }

    static boolean looksLikeHeading(String line) {
        String trimmed = line.strip();
        return !trimmed.isEmpty()
                && trimmed.length() <= MAX_HEADING_CHARS
                && trimmed.split("\\s+").length <= MAX_HEADING_WORDS
                && trimmed.chars().anyMatch(Character::isLetter)
                && CLOSING_PUNCTUATION.indexOf(trimmed.charAt(trimmed.length() - 1)) < 0;
    }

    /** Splits the document into blocks: runs of non-blank lines, and Markdown headings on their own. */
    private static List<Block> blocks(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (unified.startsWith("\uFEFF")) {
            unified = unified.substring(1);
        }
        List<Block> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : unified.split("\n", -1)) {
            Matcher heading = ATX_HEADING.matcher(line);
            if (line.isBlank() || heading.matches()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current, false));
                    current = new ArrayList<>();
                }
                if (!line.isBlank() && !heading.group(1).isBlank()) {
                    blocks.add(new Block(List.of(heading.group(1).strip()), true));
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(new Block(current, false));
        }
        return blocks;
    }

    private record Block(List<String> lines, boolean markdownHeading) {
    }
}
