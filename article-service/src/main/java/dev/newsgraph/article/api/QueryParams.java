package dev.newsgraph.article.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.newsgraph.article.store.ArticleFilter;
import dev.newsgraph.commons.batch.IdList;
import dev.newsgraph.commons.paging.KeysetRead;
import dev.newsgraph.commons.paging.PageLimit;
import dev.newsgraph.commons.query.BooleanParameter;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.ControlCharacters;
import dev.newsgraph.commons.time.InstantRange;

/**
 * Turns request parameters into typed values with a 400 problem for each bad one. Parameters arrive
 * as text because JAX-RS answers a query parameter that fails conversion with 404, which would tell
 * the caller the wrong thing.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static UUID id(String value) {
        return IdList.one(value, "article");
    }

    /** Comma-separated and/or repeated ids, duplicates dropped, order kept; null when none were given. */
    public static List<UUID> ids(List<String> values) {
        List<UUID> ids = IdList.optional(values, "ids");
        return ids.isEmpty() ? null : ids;
    }

    public static int limit(String value) {
        return limit(value, PageLimit.DEFAULT, PageLimit.MAX);
    }

    public static int limit(String value, int defaultLimit, int max) {
        return PageLimit.parse(value, defaultLimit, max);
    }

    /** {@code cursor} (forward), or {@code before} / {@code last=true} (backward), and {@code limit}. */
    public static KeysetRead read(String cursor, String before, String last, String limit) {
        return KeysetRead.parse(cursor, before, last, limit(limit));
    }

    /** {@code body}: whether articles come with their sections and text (the default) or without. */
    public static boolean body(String value) {
        return BooleanParameter.parse("body", value, true);
    }

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("invalid-parameter",
                    name + " must be an ISO-8601 timestamp such as 2024-09-05T10:00:00Z, was '" + value + "'");
        }
        if (!InstantRange.contains(instant)) {
            throw ProblemException.badRequest("invalid-parameter",
                    name + " must be " + InstantRange.DESCRIPTION + ", was '" + value + "'");
        }
        return instant;
    }

    public static ArticleFilter filter(String source, String language, String tag, String publishedAfter,
            String publishedBefore, List<String> ids) {
        ControlCharacters.requireNoneIn("source", source);
        ControlCharacters.requireNoneIn("language", language);
        ControlCharacters.requireNoneIn("tag", tag);
        return new ArticleFilter(blankToNull(source),
                language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT),
                blankToNull(tag), instant("publishedAfter", publishedAfter), instant("publishedBefore", publishedBefore),
                ids(ids));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
