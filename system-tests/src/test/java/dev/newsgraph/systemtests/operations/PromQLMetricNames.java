package dev.newsgraph.systemtests.operations;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression reads: every identifier that is not a function (followed by
 * an opening parenthesis), an operator keyword, or a label name (in matchers and in {@code by (...)}
 * and the like). Enough for the expressions of the dashboard and the alerts, not a PromQL parser.
 */
final class PromQLMetricNames {

    private static final Pattern MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGES = Pattern.compile("\\[[^]]*]");
    private static final Pattern LABEL_LISTS = Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
            "group_left", "group_right");

    private PromQLMetricNames() {
    }

    static Set<String> of(String expression) {
        String bare = LABEL_LISTS.matcher(RANGES.matcher(MATCHERS.matcher(expression).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(bare);
        while (identifier.find()) {
            String token = identifier.group();
            if (identifier.group(1) == null && !KEYWORDS.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }
}
