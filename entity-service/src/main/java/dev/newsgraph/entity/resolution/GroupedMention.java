package dev.newsgraph.entity.resolution;

/**
 * One mention after title stripping, ready to be stored.
 *
 * @param start      offset into the article's plain text
 * @param end        offset after the mention
 * @param text       the surface form, exactly {@code text.substring(start, end)}
 * @param key        the surface form's {@link NameNormalizer} key
 * @param sentence   the sentence the mention stands in
 * @param confidence the recogniser's confidence
 */
public record GroupedMention(int start, int end, String text, String key, String sentence, double confidence) {
}
