package dev.newsgraph.commons.problem;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Describes a JSON body Jackson could not read as a {@link Problem} that names the field and the
 * fault, without Jackson's internals. Used by the REST mappers and by code that reads JSON items one
 * at a time (a batch reports each bad item instead of failing the request).
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return Problem.of(400, "malformed-json", "Bad request",
                    "The body must be exactly one JSON value; more follows it" + where(e));
        }
        if (message.startsWith("Duplicate field")) {
            String key = message.substring("Duplicate field".length()).strip();
            return Problem.of(400, "malformed-json", "Bad request", "The body names the field " + key + " twice in one object" + where(e));
        }
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            JsonProcessingException located = e instanceof JsonParseException ? e : (JsonParseException) e.getCause();
            var location = located.getLocation();
            String where = location == null || location.getLineNr() < 0 ? ""
                    : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            return Problem.of(400, "malformed-json", "Bad request", "The body is not valid JSON" + where);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.of(400, "unknown-field", "Bad request",
                    "Unknown field '" + path(unknown) + "'; known fields are " + unknown.getKnownPropertyIds());
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "";
        if (e instanceof InvalidFormatException invalid) {
            return Problem.of(400, "invalid-field", "Bad request",
                    "Field '" + field + "' has an invalid value: " + invalid.getValue());
        }
        String detail = field.isEmpty() ? "The JSON body does not have the expected shape"
                : "Field '" + field + "' has the wrong type or shape";
        return Problem.of(400, "invalid-field", "Bad request", detail);
    }

    private static String where(JsonProcessingException e) {
        var location = e.getLocation();
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
