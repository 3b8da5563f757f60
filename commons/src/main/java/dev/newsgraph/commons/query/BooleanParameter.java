package dev.newsgraph.commons.query;

import java.util.Locale;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * A yes/no query parameter, parsed the same way by every service: {@code true} or {@code false} (any
 * case), the default when absent. Anything else is a 400 naming the parameter; JAX-RS's own boolean
 * conversion would quietly read a typo as false.
 */
public final class BooleanParameter {

    private BooleanParameter() {
    }

    public static boolean parse(String name, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest("invalid-parameter",
                    name + " must be true or false, was '" + value + "'");
        };
    }
}
