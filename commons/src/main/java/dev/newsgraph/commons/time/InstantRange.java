package dev.newsgraph.commons.time;

import java.time.Instant;

/**
 * The instants Newsgraph accepts anywhere a client sends one (request fields, query parameters,
 * cursors): years 0001 to 9999, UTC. ISO-8601 parsers accept far more ({@code +300000-01-01T00:00:00Z},
 * {@code -4800-01-01T00:00:00Z}) and PostgreSQL refuses part of that with "timestamp out of range", so
 * every service checks this one range before a value reaches a query. Documented in
 * docs/service-contracts.md ("Conventions").
 */
public final class InstantRange {

    /** The first instant accepted: 0001-01-01T00:00:00Z. */
    public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");

    /** The last instant accepted: 9999-12-31T23:59:59.999999Z (PostgreSQL keeps microseconds). */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** How the range reads in an error message. */
    public static final String DESCRIPTION = "between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";

    private InstantRange() {
    }

    /** Whether {@code instant} is within the range (both ends included). */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(MIN) && !instant.isAfter(MAX);
    }
}
