package dev.newsgraph.commons.text;

import java.util.Optional;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * Refuses control characters in text a client sends. PostgreSQL cannot store NUL at all, and the
 * others (BEL, ESC sequences, C1 codes) are never news text but can drive terminals and corrupt logs,
 * so every service answers them with a 400 instead of storing or failing on them. Tab, line feed and
 * carriage return are text.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Why {@code text} is refused, e.g. "must not contain control characters (U+0007 at 12)"; empty when it is fine. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("must not contain control characters (U+%04X at %d)", (int) c, i));
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
