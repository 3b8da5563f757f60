package dev.newsgraph.commons.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.problem.JsonProblems;
import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;

/** The one JSON reader is strict: one value, each key once, no lone surrogates. */
class StrictJsonTest {

    record Input(String headline, List<String> tags, Map<String, String> ids) {
    }

    private final JsonBody body = new JsonBody();

    StrictJsonTest() {
        body.mapper = new ObjectMapper();
        new StrictJsonText().customize(body.mapper);
    }

    @Test
    void trailingContentAfterTheValueIsMalformed() {
        for (String json : List.of("{\"headline\":\"a\"} {\"headline\":\"b\"}", "{\"headline\":\"a\"} x", "{\"headline\":\"a\"}]",
                "{\"headline\":\"a\"} 1", "[1] [2]")) {
            Problem problem = problem(json, json.startsWith("[") ? JsonNode.class : Input.class);
            assertEquals("malformed-json", problem.slug(), json);
        }
    }

    @Test
    void aKeyTwiceIsMalformedAtAnyDepth() {
        assertEquals("malformed-json", problem("{\"headline\":\"a\",\"headline\":\"b\"}", Input.class).slug());
        Problem nested = problem("{\"ids\":{\"w\":\"1\",\"w\":\"2\"}}", JsonNode.class);
        assertEquals("malformed-json", nested.slug());
        assertTrue(nested.detail().contains("'w'"), nested.detail());
    }

    @Test
    void loneSurrogatesAreRefusedNamingTheField() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> body.read("{\"headline\":\"ok\",\"tags\":[\"fine\",\"bad \\ud800\"]}", Input.class));
        assertEquals("invalid-request", e.problem().slug());
        assertEquals("tags[1]", e.problem().errors().get(0).field());
        ProblemException key = assertThrows(ProblemException.class, () -> body.read("{\"ids\":{\"\\udc00\":\"x\"}}", Input.class));
        assertEquals("ids.\ufffd", key.problem().errors().get(0).field());
    }

    @Test
    void wellFormedJsonStillReads() throws JsonProcessingException {
        assertEquals(new Input("Caf\u00e9 \uD83D\uDDDE", List.of("a"), Map.of("w", "1")),
                body.read("{\"headline\":\"Caf\\u00e9 \\ud83d\\udddE\",\"tags\":[\"a\"],\"ids\":{\"w\":\"1\"}}  \n", Input.class));
        assertEquals(null, body.read("null", Input.class));
    }

    private Problem problem(String json, Class<?> type) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> body.read(json, type), json);
        return JsonProblems.of(e);
    }
}
