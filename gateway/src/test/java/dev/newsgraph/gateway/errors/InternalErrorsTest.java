package dev.newsgraph.gateway.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.ExceptionWhileDataFetching;
import graphql.GraphQLError;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;

class InternalErrorsTest {

    @Test
    void anUnexpectedExceptionBecomesAnInternalErrorWithAnIdAndNothingElse() {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/articles/edges[0]/node"),
                new IllegalStateException("secret detail in com.example.Internal"), new SourceLocation(1, 3));
        GraphQLError rewritten = InternalErrors.withErrorId(error);
        assertEquals("INTERNAL_SERVER_ERROR", rewritten.getExtensions().get("code"));
        String errorId = (String) rewritten.getExtensions().get("errorId");
        assertTrue(rewritten.getMessage().contains(errorId), rewritten.getMessage());
        assertFalse(rewritten.getMessage().contains("secret"));
        assertEquals(List.of("articles", "edges", 0, "node"), rewritten.getPath());
        assertEquals(List.of("code", "errorId"), List.copyOf(rewritten.getExtensions().keySet()));
    }

    @Test
    void theGatewaysOwnErrorsStayAsTheyAre() {
        GraphQLError error = new ExceptionWhileDataFetching(ResultPath.parse("/article"), new NotFoundError("No article"),
                new SourceLocation(1, 3));
        assertSame(error, InternalErrors.withErrorId(error));
    }
}
