package dev.newsgraph.gateway.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import dev.newsgraph.commons.problem.Problem;

/**
 * Turns a service's error answer into {@link ServiceRejection} (4xx, with its RFC 7807 problem) or
 * {@link ServiceUnavailable} (5xx), so fault tolerance retries only what may succeed next time.
 */
public class ProblemResponseMapper implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500) {
            return new ServiceUnavailable(status);
        }
        return new ServiceRejection(status, readProblem(response));
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    private static Problem readProblem(Response response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.getSubtype().endsWith("json") || !response.hasEntity()) {
            return null;
        }
        try {
            return response.readEntity(Problem.class);
        } catch (RuntimeException unreadable) {
            // a body that is not a problem document still leaves the status to go by
            return null;
        }
    }
}
