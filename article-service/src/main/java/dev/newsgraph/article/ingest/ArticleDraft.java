package dev.newsgraph.article.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.newsgraph.article.store.PlainText;
import dev.newsgraph.article.store.Section;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.ControlCharacters;
import dev.newsgraph.commons.time.InstantRange;

/**
 * An article that passed validation, every text normalised ({@link TextNormalizer}), with what is
 * derived from it: plain text ({@link PlainText}), word count and content hash ({@link ContentFingerprint}).
 */
public record ArticleDraft(String url, String headline, String standfirst, List<String> authors, String source,
        String language, Instant publishedAt, List<String> tags, List<Section> sections,
        String text, int wordCount, String contentHash) {

    public static final String DEFAULT_LANGUAGE = "en";
    static final int MAX_HEADLINE_CHARS = 1_000;
    static final int MAX_STANDFIRST_CHARS = 5_000;
    static final int MAX_NAME_CHARS = 300;
    static final int MAX_URL_CHARS = 2_048;
    static final int MAX_AUTHORS = 50;
    static final int MAX_TAGS = 50;
    static final int MAX_SECTIONS = 1_000;
    private static final int UNLIMITED = Integer.MAX_VALUE;

    /**
     * @throws ProblemException 400 {@code invalid-request} listing every invalid field
     */
    public static ArticleDraft from(ArticleInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();

        String headline = TextNormalizer.normalizeToNull(input.headline());
        if (headline == null) {
            errors.add(new Problem.FieldError("headline", "is required"));
        }
        checkText("headline", input.headline(), MAX_HEADLINE_CHARS, errors);
        String url = null;
        int errorsBeforeUrl = errors.size();
        checkText("url", input.url(), MAX_URL_CHARS, errors);
        if (input.url() != null && !input.url().isBlank() && errors.size() == errorsBeforeUrl) {
            try {
                url = UrlNormalizer.normalize(input.url());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("url", e.getMessage()));
            }
        }
        String language = input.language() == null || input.language().isBlank()
                ? DEFAULT_LANGUAGE : input.language().strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2}")) {
            errors.add(new Problem.FieldError("language", "must be a two-letter ISO 639-1 code such as 'en'"));
        }
        Instant publishedAt = null;
        if (input.publishedAt() != null && !input.publishedAt().isBlank()) {
            try {
                publishedAt = parseInstant(input.publishedAt().strip());
                if (!InstantRange.contains(publishedAt)) {
                    publishedAt = null;
                    errors.add(new Problem.FieldError("publishedAt", "must be " + InstantRange.DESCRIPTION + ", was '" + input.publishedAt() + "'"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new Problem.FieldError("publishedAt",
                        "must be an ISO-8601 timestamp such as 2024-09-05T10:00:00Z, was '" + input.publishedAt() + "'"));
            }
        }
        List<Section> sections = normalizeSections(input.sections());
        if (sections.stream().allMatch(s -> s.paragraphs().isEmpty())) {
            errors.add(new Problem.FieldError("sections", "the body has no paragraphs"));
        }
        List<Section> sentSections = input.sections() == null ? List.of() : input.sections();
        for (int i = 0; i < sentSections.size(); i++) {
            Section section = sentSections.get(i);
            if (section != null) {
                checkText("sections[" + i + "].heading", section.heading(), MAX_HEADLINE_CHARS, errors);
                for (int p = 0; p < section.paragraphs().size(); p++) {
                    checkText("sections[" + i + "].paragraphs[" + p + "]", section.paragraphs().get(p), UNLIMITED, errors);
                }
            }
        }
        checkText("standfirst", input.standfirst(), MAX_STANDFIRST_CHARS, errors);
        checkText("source", input.source(), MAX_NAME_CHARS, errors);
        checkTexts("authors", input.authors(), MAX_AUTHORS, errors);
        checkTexts("tags", input.tags(), MAX_TAGS, errors);
        if (sentSections.size() > MAX_SECTIONS) {
            errors.add(new Problem.FieldError("sections", "must hold at most " + MAX_SECTIONS + " sections, holds " + sentSections.size()));
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
            throw ProblemException.invalid("The article is invalid: " + detail, errors);
        }

        String standfirst = TextNormalizer.normalizeToNull(input.standfirst());
        String text = PlainText.of(headline, standfirst, sections);
        ContentFingerprint fingerprint = ContentFingerprint.of(text);
        return new ArticleDraft(url, headline, standfirst, distinctTexts(input.authors()),
                TextNormalizer.normalizeToNull(input.source()), language, publishedAt, distinctTexts(input.tags()),
                sections, text, fingerprint.wordCount(), fingerprint.contentHash());
    }

    /**
     * A text as sent must hold no control characters (checked before normalisation, which would trim
     * some away unnoticed) and, normalised, at most {@code maxChars} characters.
     */
    private static void checkText(String field, String sent, int maxChars, List<Problem.FieldError> errors) {
        if (sent == null) {
            return;
        }
        ControlCharacters.problem(sent).ifPresentOrElse(problem -> errors.add(new Problem.FieldError(field, problem)), () -> {
            if (TextNormalizer.normalize(sent).length() > maxChars) {
                errors.add(new Problem.FieldError(field, "must be at most " + maxChars + " characters"));
            }
        });
    }

    private static void checkTexts(String field, List<String> sent, int maxItems, List<Problem.FieldError> errors) {
        if (sent != null && sent.size() > maxItems) {
            errors.add(new Problem.FieldError(field, "must hold at most " + maxItems + " items, holds " + sent.size()));
        } else if (sent != null) {
            for (int i = 0; i < sent.size(); i++) {
                checkText(field + "[" + i + "]", sent.get(i), MAX_NAME_CHARS, errors);
            }
        }
    }

    /** Accepts an instant, a date-time with offset, or a date (taken as midnight UTC). */
    static Instant parseInstant(String value) {
        Instant instant;
        if (value.length() == 10) {
            instant = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } else {
            instant = OffsetDateTime.parse(value).toInstant();
        }
        // PostgreSQL keeps microseconds; truncating here keeps keyset cursors exact.
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static List<Section> normalizeSections(List<Section> sections) {
        if (sections == null) {
            return List.of();
        }
        List<Section> normalized = new ArrayList<>();
        for (Section section : sections) {
            if (section == null) {
                continue;
            }
            String heading = TextNormalizer.normalizeToNull(section.heading());
            List<String> paragraphs = section.paragraphs().stream()
                    .map(TextNormalizer::normalizeToNull)
                    .filter(p -> p != null)
                    .toList();
            if (heading != null || !paragraphs.isEmpty()) {
                normalized.add(new Section(heading, paragraphs));
            }
        }
        return normalized;
    }

    private static List<String> distinctTexts(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String value : values) {
            String normalized = TextNormalizer.normalizeToNull(value);
            if (normalized != null) {
                distinct.add(normalized);
            }
        }
        return List.copyOf(distinct);
    }
}
