package dev.newsgraph.entity.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.problem.ProblemException;

/**
 * Reads a JSON request body in the resource rather than in the framework, so that a syntax error
 * reaches the commons mappers as itself ({@code malformed-json}, with line and column) instead of as
 * an anonymous 400.
 */
@ApplicationScoped
public class JsonBody {

    @Inject
    ObjectMapper mapper;

    public <T> T read(String body, Class<T> type) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("empty-body", "The request needs a JSON body");
        }
        return mapper.readValue(body, type);
    }
}
