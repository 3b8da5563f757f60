package dev.newsgraph.article.api;

import dev.newsgraph.commons.problem.ProblemException;

/** Reads the article version a client names in {@code If-Match}: {@code 3}, {@code "3"} or {@code W/"3"}; {@code *} names any. */
final class IfMatch {

    private IfMatch() {
    }

    /** The version, or null for {@code *}; anything else cannot match a version, hence 412. */
    static Long version(String header) {
        String tag = header.strip();
        if ("*".equals(tag)) {
            return null;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match '" + header + "' names no version of this article");
        }
    }
}
