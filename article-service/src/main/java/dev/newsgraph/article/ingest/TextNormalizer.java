package dev.newsgraph.article.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises a piece of article text: Unicode NFC (so that the same words typed with combining marks
 * or precomposed letters compare equal) and every run of whitespace, including line breaks and
 * no-break spaces, collapsed to one space, trimmed.
 */
public final class TextNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TextNormalizer() {
    }

    /** The normalised text; null stays null. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").trim();
    }

    /** The normalised text, or null when nothing but whitespace is left. */
    public static String normalizeToNull(String text) {
        String normalized = normalize(text);
        return normalized == null || normalized.isEmpty() ? null : normalized;
    }
}
