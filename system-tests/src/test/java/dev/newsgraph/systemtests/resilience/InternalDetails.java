package dev.newsgraph.systemtests.resilience;

import java.util.List;
import java.util.Locale;

/** Signs that an answer leaks the server's internals: exception names, stack frames, driver or network messages. */
final class InternalDetails {

    private static final List<String> MARKERS = List.of("exception", "stacktrace", "\tat ", "at dev.newsgraph",
            "at io.", "at java.", "at org.", "org.hibernate", "org.postgresql", "io.vertx", "io.smallrye", "java.net",
            "java.sql", "connection refused", "sqlstate", "jdbc");

    private InternalDetails() {
    }

    /** The markers found in {@code body}, case-insensitively; empty when it leaks nothing. */
    static List<String> in(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        return MARKERS.stream().filter(lower::contains).toList();
    }
}
