package dev.newsgraph.commons.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsgraph.commons.tracing.CurrentTrace;

/**
 * An RFC 7807 problem detail, the single error body of every Newsgraph REST endpoint.
 *
 * @param type     stable URI naming the kind of problem; clients branch on it, not on {@code title}
 * @param title    short human summary of the problem kind
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, safe to show to the caller
 * @param instance the request path the problem occurred on
 * @param errors   per-field problems, when the request had several
 * @param errorId  of an unexpected failure: the id its log line carries
 * @param traceId  of an unexpected failure: the trace of the request (also in every log line of it)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors, String errorId,
        String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Details may quote what the client sent; a lone surrogate in there is replaced, as no JSON writer can encode it. */
    public Problem {
        detail = wellFormed(detail);
        instance = wellFormed(instance);
    }
    private static final String TYPE_BASE = "https://newsgraph.dev/problems/";

    /** A problem of the kind {@code slug}, documented at {@code https://newsgraph.dev/problems/<slug>}. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, null, List.of(), null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, errorId, traceId);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), errorId, traceId);
    }

    /**
     * This problem as the answer to an unexpected failure logged under {@code id}, with the current
     * request's trace id: either finds the log lines, the trace id also the request's spans.
     */
    public Problem withErrorId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id, CurrentTrace.id().orElse(null));
    }

    /** The slug of {@link #type()}, e.g. {@code not-found}. */
    public String slug() {
        String t = type.toString();
        return t.startsWith(TYPE_BASE) ? t.substring(TYPE_BASE.length()) : t;
    }

    /** One invalid field of a request. */
    public record FieldError(String field, String message) {

        public FieldError {
            field = wellFormed(field);
            message = wellFormed(message);
        }
    }

    /** {@code text} with every lone surrogate replaced by U+FFFD. */
    static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c) && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
