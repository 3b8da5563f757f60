package dev.newsgraph.commons.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.ControlCharacters;

/**
 * Checks every string of a parsed JSON document, names and values, for what JSON's escapes can express
 * but text cannot hold: a lone surrogate ({@code "\ud800"}). Jackson reads those without complaint; the
 * database would store {@code ?} while the answer echoed the original.
 */
public final class JsonText {

    private JsonText() {
    }

    /** The strings of {@code node} that hold a lone surrogate, each named by its path ({@code sections[0].heading}). */
    public static List<Problem.FieldError> loneSurrogates(JsonNode node) {
        List<Problem.FieldError> errors = new ArrayList<>();
        collect(node, "", errors);
        return errors;
    }

    /** @throws ProblemException 400 {@code invalid-request} naming each string that holds a lone surrogate */
    public static void requireWellFormed(JsonNode node) {
        List<Problem.FieldError> errors = loneSurrogates(node);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The body holds text that is not valid Unicode: "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }

    private static void collect(JsonNode node, String path, List<Problem.FieldError> errors) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            surrogate(node.textValue()).ifPresent(problem -> errors.add(new Problem.FieldError(path.isEmpty() ? "(body)" : path, problem)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                surrogate(field.getKey()).ifPresent(problem -> errors.add(new Problem.FieldError(fieldPath, "name " + problem)));
                collect(field.getValue(), fieldPath, errors);
            }
        }
    }

    private static java.util.Optional<String> surrogate(String text) {
        return ControlCharacters.problem(text).filter(problem -> problem.contains("surrogate"));
    }
}
