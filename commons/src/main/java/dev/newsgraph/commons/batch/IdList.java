package dev.newsgraph.commons.batch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;

/**
 * The ids of a batch request, parsed the same way by every service: comma-separated or the parameter
 * repeated, duplicates dropped, in the order given, at most {@link #MAX}.
 */
public final class IdList {

    public static final int MAX = 500;

    private IdList() {
    }

    /** The ids of a request that needs at least one. */
    public static List<UUID> parse(List<String> raw, String parameter) {
        List<UUID> ids = optional(raw, parameter);
        if (ids.isEmpty()) {
            throw ProblemException.badRequest("missing-ids", "Give at least one id in '" + parameter + "'");
        }
        return ids;
    }

    /** The ids of a request where they are an optional restriction; empty when none were given. */
    public static List<UUID> optional(List<String> raw, String parameter) {
        Set<String> values = new LinkedHashSet<>();
        if (raw != null) {
            for (String value : raw) {
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        if (values.size() > MAX) {
            throw ProblemException.badRequest("too-many-ids",
                    "At most " + MAX + " ids per request in '" + parameter + "', got " + values.size());
        }
        List<UUID> ids = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String value : values) {
            UUID id = canonical(value);
            if (id == null) {
                errors.add(new Problem.FieldError(parameter, "'" + abbreviated(value) + "' is not a UUID"));
            } else {
                ids.add(id);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "invalid-id", "Bad request",
                    "Every id in '" + parameter + "' must be a UUID").withErrors(errors));
        }
        return ids;
    }

    /** One id from a path: a malformed one is a bad request, not a missing resource. */
    public static UUID one(String raw, String what) {
        UUID id = canonical(raw);
        if (id == null) {
            throw ProblemException.badRequest("invalid-id", "'" + abbreviated(raw) + "' is not a valid " + what + " id (a UUID)");
        }
        return id;
    }

    /**
     * The UUID {@code value} spells in its canonical form (36 characters, 8-4-4-4-12 hex digits), else
     * null. {@link UUID#fromString} also takes forms such as {@code 1-2-3-4-5}, which name another id
     * than the one written and would come back changed in an answer's {@code missing}.
     */
    public static UUID canonical(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return null;
            }
        }
        return UUID.fromString(value);
    }

    /** An id as quoted back in a message: at most 60 characters of it. */
    private static String abbreviated(String value) {
        return value == null ? "" : value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
