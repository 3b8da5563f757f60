package dev.newsgraph.commons.json;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.BodyText;

/**
 * Reads a JSON request body in the resource rather than in the framework, so that a syntax error
 * reaches the commons mappers as itself ({@code malformed-json}, with line and column) instead of as
 * an anonymous 400, and bytes that are not valid UTF-8 are refused instead of silently replaced.
 * Strict ({@link StrictJsonText}): exactly one JSON value, no duplicate keys, no lone surrogates.
 */
@ApplicationScoped
public class JsonBody {

    @Inject
    ObjectMapper mapper;

    /** The body as {@code type}; an empty body is a 400 {@code empty-body}, one over {@code maxBytes} a 413. */
    public <T> T read(InputStream body, HttpHeaders headers, long maxBytes, Class<T> type) throws JsonProcessingException {
        String json = BodyText.readRequest(body, headers, maxBytes);
        if (json.isBlank()) {
            throw ProblemException.badRequest("empty-body", "The request needs a JSON body");
        }
        return read(json, type);
    }

    /** {@code json} as {@code type}, strictly: one value, no duplicate keys ({@code malformed-json}), no lone surrogates. */
    public <T> T read(String json, Class<T> type) throws JsonProcessingException {
        JsonNode tree = mapper.readTree(json);
        JsonText.requireWellFormed(tree);
        if (type == JsonNode.class) {
            return type.cast(tree);
        }
        return tree == null || tree.isNull() ? null : mapper.treeToValue(tree, type);
    }
}
