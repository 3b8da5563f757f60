package dev.newsgraph.gateway.limits;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A query over one of the gateway's limits, reported before it runs with code
 * {@code QUERY_TOO_COMPLEX}, the limit's name, its value and the query's value.
 */
public class LimitExceeded extends AbortExecutionException {

    public static final String CODE = "QUERY_TOO_COMPLEX";

    private final String limit;
    private final int maximum;
    private final int actual;

    public LimitExceeded(String limit, int actual, int maximum, String message) {
        super(message);
        this.limit = limit;
        this.maximum = maximum;
        this.actual = actual;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions(limit, actual, maximum);
    }

    public static Map<String, Object> extensions(String limit, int actual, int maximum) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", CODE);
        extensions.put("limit", limit);
        extensions.put("maximum", maximum);
        extensions.put("actual", actual);
        return extensions;
    }
}
