package dev.newsgraph.gateway.http;

import java.util.Locale;
import java.util.Optional;

/**
 * The media types a GraphQL-over-HTTP answer can take, and the choice among them from a request's
 * {@code Accept} header. {@code application/graphql-response+json} lets status codes speak (a request
 * that cannot run is a 4xx); {@code application/json} is for clients written before it (every
 * well-formed request answers 200). A missing header, {@code *}{@code /*} or {@code application/*}
 * get {@code application/json}, as the specification asks of servers during the transition.
 */
public enum ResponseMediaType {

    GRAPHQL_RESPONSE_JSON("application/graphql-response+json"),
    JSON("application/json");

    private final String mediaType;

    ResponseMediaType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The {@code Content-Type} of an answer in this media type. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }

    /** Whether request errors (the operation could not run at all) answer with a 4xx status. */
    public boolean statusReportsRequestErrors() {
        return this == GRAPHQL_RESPONSE_JSON;
    }

    /** The acceptable media type the client prefers, or empty when it accepts none of them (406). */
    public static Optional<ResponseMediaType> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        ResponseMediaType best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            ResponseMediaType candidate = switch (type) {
                case "application/graphql-response+json" -> GRAPHQL_RESPONSE_JSON;
                case "application/json", "application/*", "*/*" -> JSON;
                default -> null;
            };
            // on equal quality the earlier range wins
            if (candidate != null && quality > bestQuality) {
                best = candidate;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
