package dev.newsgraph.entity.api;

/** How large the entity service's JSON request bodies may be. */
public final class RequestLimits {

    /** The largest body is an /analyze request: its text (at most 200,000 characters by default), JSON-escaped. */
    public static final long MAX_JSON_BYTES = 4 * 1024 * 1024;

    private RequestLimits() {
    }
}
