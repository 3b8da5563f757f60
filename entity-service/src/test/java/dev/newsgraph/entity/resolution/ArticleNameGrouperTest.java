package dev.newsgraph.entity.resolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.recognition.RecognizedMention;

class ArticleNameGrouperTest {

    private static final String TEXT = "Russian Defense Minister Sergei Shoigu met Kim Jong Un. Shoigu and Kim spoke. "
            + "The U.S. and America objected; the United States said so.";

    @Test
    void groupsShortFormsTitlesAndCountryNames() {
        List<NameGroup> groups = ArticleNameGrouper.group(TEXT, List.of(
                mention("Russian Defense Minister Sergei Shoigu", EntityType.PERSON, 0),
                mention("Kim Jong Un", EntityType.PERSON, 0),
                mention("Shoigu", EntityType.PERSON, 1),
                mention("Kim", EntityType.PERSON, 1),
                mention("U.S.", EntityType.LOCATION, 0),
                mention("America", EntityType.LOCATION, 0),
                mention("United States", EntityType.LOCATION, 0)));

        assertEquals(3, groups.size(), groups.toString());
        NameGroup shoigu = find(groups, "sergei shoigu");
        assertEquals("Sergei Shoigu", shoigu.name());
        assertEquals(List.of("Sergei Shoigu", "Shoigu"), shoigu.mentions().stream().map(GroupedMention::text).toList());
        assertEquals(TEXT.indexOf("Sergei"), shoigu.mentions().get(0).start());
        assertEquals(2, find(groups, "kim jong un").mentions().size());

        NameGroup us = find(groups, "united states");
        assertEquals("United States", us.name());
        assertEquals(3, us.mentions().size());
        assertTrue(us.surfaceForms().values().containsAll(List.of("U.S.", "America", "United States")));
        for (NameGroup g : groups) {
            for (GroupedMention m : g.mentions()) {
                assertEquals(m.text(), TEXT.substring(m.start(), m.end()));
            }
        }
    }

    private static NameGroup find(List<NameGroup> groups, String key) {
        return groups.stream().filter(g -> g.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " in " + groups));
    }

    /** The {@code occurrence}-th mention of {@code surface} in the text, in sentence 0..end. */
    private static RecognizedMention mention(String surface, EntityType type, int occurrence) {
        int start = -1;
        List<Integer> found = new ArrayList<>();
        while ((start = TEXT.indexOf(surface, start + 1)) >= 0) {
            found.add(start);
        }
        int at = found.get(occurrence);
        return new RecognizedMention(at, at + surface.length(), surface, type, 0.9, 0, TEXT.length());
    }
}
