package dev.newsgraph.systemtests;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Signs that an answer leaks the server's internals: exception and class names, stack frames, SQL,
 * driver or network messages, file paths. Every system test checks what a client sees with this.
 */
public final class InternalDetails {

    private static final List<Pattern> MARKERS = Stream.concat(
            Stream.of("Exception", "Caused by", "\\bat [a-z]+\\.[a-z]", "\\.java\\b", "Stack", "org\\.hibernate",
                    "org\\.postgresql", "PSQL", "\\bSELECT\\b", "\\bINSERT INTO\\b",
                    "\\b(?:dev|io|org|com|java|jakarta|graphql)\\.[a-z0-9_]+\\.[a-zA-Z0-9_.]*[A-Z]\\w*", "/work/", "/tmp/",
                    "/root/", "file:").map(Pattern::compile),
            Stream.of("exception", "stacktrace", "sql ?state", "jdbc", "connection refused", "io\\.vertx", "io\\.smallrye",
                    "java\\.net", "java\\.sql").map(marker -> Pattern.compile(marker, Pattern.CASE_INSENSITIVE)))
            .toList();

    private InternalDetails() {
    }

    /** The leaking fragments found in {@code body}; empty when it reveals nothing internal. */
    public static List<String> in(String body) {
        return MARKERS.stream().map(marker -> marker.matcher(body)).filter(Matcher::find).map(Matcher::group).toList();
    }
}
