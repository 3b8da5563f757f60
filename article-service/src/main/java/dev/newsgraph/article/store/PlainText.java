package dev.newsgraph.article.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds an article's plain text, the text every character offset in Newsgraph refers to (entity
 * mentions, snippets). The construction is a contract with the entity service and must never change
 * silently:
 *
 * <ol>
 * <li>the headline;</li>
 * <li>the standfirst, when present, as its own block right after the headline;</li>
 * <li>for each section in order: its heading (when it has one), then each of its paragraphs;</li>
 * </ol>
 * all blocks joined by one blank line ({@code "\n\n"}), nothing before the first or after the last.
 * Blocks are used as stored: ingest has already normalised each one (NFC, whitespace collapsed to
 * single spaces, trimmed), so a block never contains a line break.
 */
public final class PlainText {

    public static final String BLOCK_SEPARATOR = "\n\n";

    private PlainText() {
    }

    public static String of(String headline, String standfirst, List<Section> sections) {
        List<String> blocks = new ArrayList<>();
        blocks.add(headline);
        if (standfirst != null) {
            blocks.add(standfirst);
        }
        for (Section section : sections) {
            if (section.heading() != null) {
                blocks.add(section.heading());
            }
            blocks.addAll(section.paragraphs());
        }
        return String.join(BLOCK_SEPARATOR, blocks);
    }
}
