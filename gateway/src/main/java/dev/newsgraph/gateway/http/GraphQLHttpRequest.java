package dev.newsgraph.gateway.http;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

/**
 * A GraphQL request over HTTP as the specification defines it: {@code query}, {@code operationName},
 * {@code variables} and {@code extensions}, read from a JSON body or from the query string of a GET.
 * JSON is read strictly: one object, no duplicate keys, at most {@value #MAX_JSON_DEPTH} levels of
 * nesting (deeper input is no request anyone means, and parsing it is recursion), and no string with a
 * lone UTF-16 surrogate (it is no text; services would store it as '?').
 */
public record GraphQLHttpRequest(String query, String operationName, JsonObject variables, JsonObject extensions) {

    static final int MAX_JSON_DEPTH = 64;
    // Json.createObjectBuilder() looks the provider up through ServiceLoader on every call: too slow for the
    // request path.
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonParserFactory PARSERS = JSON.createParserFactory(Map.of(
            "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxDepth", MAX_JSON_DEPTH));

    /** A request that is not a well-formed GraphQL request over HTTP. */
    public static final class Malformed extends RuntimeException {

        private final boolean unparseableJson;

        Malformed(String message, boolean unparseableJson) {
            super(message, null, false, false);
            this.unparseableJson = unparseableJson;
        }

        /** The body is not JSON at all: 400 whatever the media type. */
        public boolean unparseableJson() {
            return unparseableJson;
        }
    }

    /** Thrown for a string value that is not valid Unicode text. */
    public static final class NotUnicode extends RuntimeException {

        NotUnicode(String message) {
            super(message, null, false, false);
        }
    }

    public static GraphQLHttpRequest fromJson(String body) {
        JsonValue value = readOneValue(body);
        if (value == null) {
            throw new Malformed("The request body is not valid JSON (one value, no duplicate keys, at most "
                    + MAX_JSON_DEPTH + " levels deep)", true);
        }
        if (!(value instanceof JsonObject object)) {
            throw new Malformed("The request body must be a JSON object such as {\"query\": \"{ articles { totalCount } }\"}", false);
        }
        return of(member(object, "query"), member(object, "operationName"), object(object.get("variables"), "variables"),
                object(object.get("extensions"), "extensions"));
    }

    /** From the query string of a GET: {@code variables} and {@code extensions} are URL-encoded JSON objects. */
    public static GraphQLHttpRequest fromParameters(String query, String operationName, String variables, String extensions) {
        return of(query, operationName == null || operationName.isEmpty() ? null : operationName,
                parameterObject(variables, "variables"), parameterObject(extensions, "extensions"));
    }

    private static GraphQLHttpRequest of(String query, String operationName, JsonObject variables, JsonObject extensions) {
        requireUnicode(query, "query");
        requireUnicode(operationName, "operationName");
        if (variables != null) {
            requireUnicode(variables, "variables");
        }
        return new GraphQLHttpRequest(query, operationName, variables, extensions);
    }

    /** {@code extensions.persistedQuery.sha256Hash}, or null. */
    public String persistedQueryHash() {
        if (extensions != null && extensions.get("persistedQuery") instanceof JsonObject persisted
                && persisted.get("sha256Hash") instanceof JsonString hash) {
            return hash.getString();
        }
        return null;
    }

    /** The request as SmallRye GraphQL executes it, with the document to run. */
    public JsonObject toExecutionInput(String document) {
        JsonObjectBuilder input = JSON.createObjectBuilder().add("query", document);
        if (operationName != null) {
            input.add("operationName", operationName);
        }
        if (variables != null) {
            input.add("variables", variables);
        }
        if (extensions != null) {
            input.add("extensions", extensions);
        }
        return input.build();
    }

    private static String member(JsonObject request, String name) {
        JsonValue value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new Malformed("'" + name + "' must be a string", false);
    }

    private static JsonObject object(JsonValue value, String name) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new Malformed("'" + name + "' must be a JSON object", false);
    }

    private static JsonObject parameterObject(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        JsonValue value = readOneValue(text);
        if (value == null) {
            throw new Malformed("'" + name + "' must be a JSON object, URL-encoded", false);
        }
        return object(value, name);
    }

    /** Exactly one JSON value and nothing after it, or null. */
    private static JsonValue readOneValue(String text) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                return null;
            }
            parser.next();
            JsonValue value = parser.getValue();
            return parser.hasNext() ? null : value;
        } catch (RuntimeException unparseable) {
            // Parsson reports too deep nesting as a bare RuntimeException
            return null;
        }
    }

    private static void requireUnicode(JsonValue value, String where) {
        if (value instanceof JsonString string) {
            requireUnicode(string.getString(), where);
        } else if (value instanceof JsonObject object) {
            object.forEach((key, member) -> {
                requireUnicode(key, where);
                requireUnicode(member, where);
            });
        } else if (value instanceof JsonArray array) {
            array.forEach(item -> requireUnicode(item, where));
        }
    }

    private static void requireUnicode(String text, String where) {
        if (text != null && hasLoneSurrogate(text)) {
            throw new NotUnicode("'" + where + "' holds a string that is not valid Unicode (a lone UTF-16 surrogate)");
        }
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return true;
                }
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
