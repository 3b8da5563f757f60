package dev.newsgraph.commons.text;

import java.util.Optional;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * Refuses control characters in text a client sends. PostgreSQL cannot store NUL at all, and the
 * others (BEL, ESC sequences, C1 codes) are never news text but can drive terminals and corrupt logs,
 * so every service answers them with a 400 instead of storing or failing on them. The controls that
 * are whitespace (tab, line feed, vertical tab, form feed, carriage return, next line) are text.
 *
 * <p>A lone surrogate (half of a UTF-16 pair, e.g. a JSON {@code "\ud800"}) is refused the same way:
 * it is not a character, UTF-8 cannot encode it, and PostgreSQL's driver would store {@code ?} while
 * the answer echoed the original.
 */
public final class ControlCharacters {

    private static final String WHITESPACE_CONTROLS = "\t\n\u000B\f\r\u0085";

    private ControlCharacters() {
    }

    /** Why {@code text} is refused, e.g. "must not contain control characters (U+0007 at 12)"; empty when it is fine. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && WHITESPACE_CONTROLS.indexOf(c) < 0) {
                return Optional.of(String.format("must not contain control characters (U+%04X at %d)", (int) c, i));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("must not contain a lone surrogate (U+%04X at %d)", (int) c, i));
            }
        }
        return Optional.empty();
    }

    /** A request parameter's value, or a 400 {@code invalid-parameter} when it holds a control character. */
    public static String requireNoneIn(String parameter, String value) {
        problem(value).ifPresent(problem -> {
            throw ProblemException.badRequest("invalid-parameter", parameter + " " + problem);
        });
        return value;
    }
}
