package dev.newsgraph.entity.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.entity.feed.ArticleServiceStub.Section;
import dev.newsgraph.entity.feed.ArticleServiceStub.StubArticle;

/**
 * Turns the repository's sample (samples/kim-putin-summit.txt) into the article the article service
 * would serve: the first line is the headline, a block without closing punctuation is a heading that
 * opens a section, every other block is a paragraph.
 */
final class SampleArticles {

    private SampleArticles() {
    }

    static StubArticle kimPutinSummit(Instant publishedAt) {
        String raw;
        try {
            raw = Files.readString(Path.of("..", "samples", "kim-putin-summit.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> blocks = new ArrayList<>();
        for (String block : raw.strip().split("\\n\\s*\\n")) {
            blocks.add(block.strip());
        }
        String headline = blocks.get(0);
        List<Section> sections = new ArrayList<>();
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        for (String block : blocks.subList(1, blocks.size())) {
            if (isHeading(block)) {
                if (heading != null || !paragraphs.isEmpty()) {
                    sections.add(new Section(heading, List.copyOf(paragraphs)));
                }
                heading = block;
                paragraphs.clear();
            } else {
                paragraphs.add(block);
            }
        }
        sections.add(new Section(heading, List.copyOf(paragraphs)));
        return ArticleServiceStub.article(headline, publishedAt, sections);
    }

    private static boolean isHeading(String block) {
        char last = block.charAt(block.length() - 1);
        return ".!?\"\u201d:".indexOf(last) < 0;
    }
}
