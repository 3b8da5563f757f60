package dev.newsgraph.gateway.http;

import static dev.newsgraph.gateway.http.ResponseMediaType.GRAPHQL_RESPONSE_JSON;
import static dev.newsgraph.gateway.http.ResponseMediaType.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ResponseMediaTypeTest {

    @Test
    void negotiatesWhatTheClientPrefers() {
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate(null));
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate(""));
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate("*/*"));
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate("application/*"));
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), ResponseMediaType.negotiate("application/graphql-response+json"));
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), ResponseMediaType.negotiate("application/graphql-response+json, application/json;q=0.9"));
        assertEquals(Optional.of(GRAPHQL_RESPONSE_JSON), ResponseMediaType.negotiate("application/json;q=0.9, application/graphql-response+json"));
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate("application/json, application/graphql-response+json"));
        assertEquals(Optional.of(JSON), ResponseMediaType.negotiate("text/html, */*;q=0.1"));
        assertEquals(Optional.empty(), ResponseMediaType.negotiate("text/html"));
        assertEquals(Optional.empty(), ResponseMediaType.negotiate("application/json;q=0"));
    }

    @Test
    void onlyGraphQLResponsesReportRequestErrorsInTheStatus() {
        assertTrue(GRAPHQL_RESPONSE_JSON.statusReportsRequestErrors());
        assertFalse(JSON.statusReportsRequestErrors());
        assertEquals("application/json; charset=utf-8", JSON.contentType());
    }

    @Test
    void readsTheBodysMediaTypeOnlyInUtf8() {
        assertEquals("application/json", GraphQLHttpEndpoint.bodyMediaType("application/json"));
        assertEquals("application/json", GraphQLHttpEndpoint.bodyMediaType("Application/JSON; charset=UTF-8"));
        assertEquals("application/json", GraphQLHttpEndpoint.bodyMediaType("application/json, application/json"));
        assertEquals("application/graphql", GraphQLHttpEndpoint.bodyMediaType("application/graphql"));
        assertNull(GraphQLHttpEndpoint.bodyMediaType("application/json; charset=bogus"));
        assertNull(GraphQLHttpEndpoint.bodyMediaType("application/json; charset=iso-8859-1"));
        assertNull(GraphQLHttpEndpoint.bodyMediaType("application/json, text/plain"));
        assertNull(GraphQLHttpEndpoint.bodyMediaType(null));
    }

    @Test
    void findsLoneSurrogates() {
        assertTrue(GraphQLHttpRequest.hasLoneSurrogate("a\ud800b"));
        assertTrue(GraphQLHttpRequest.hasLoneSurrogate("\udc00"));
        assertTrue(GraphQLHttpRequest.hasLoneSurrogate("end\ud83d"));
        assertFalse(GraphQLHttpRequest.hasLoneSurrogate("emoji \ud83d\ude00 ok"));
    }
}
