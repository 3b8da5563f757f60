package dev.newsgraph.commons.json;

import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.BodyText;

/**
 * Reads a JSON request body in the resource rather than in the framework, so that a syntax error
 * reaches the commons mappers as itself ({@code malformed-json}, with line and column) instead of as
 * an anonymous 400, and bytes that are not valid UTF-8 are refused instead of silently replaced.
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
        return mapper.readValue(json, type);
    }
}
