package dev.newsgraph.commons.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.newsgraph.commons.problem.JsonProblems;
import dev.newsgraph.commons.problem.Problem;

class StrictJsonTextTest {

    record Input(String headline, List<String> tags, int count) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    StrictJsonTextTest() {
        new StrictJsonText().customize(mapper);
    }

    @Test
    void numbersAndBooleansAreNotText() {
        for (String json : List.of("{\"headline\": 42}", "{\"headline\": 4.2}", "{\"tags\": [true]}")) {
            JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Input.class), json);
            Problem problem = JsonProblems.of(e);
            assertEquals("invalid-field", problem.slug(), json);
        }
    }

    @Test
    void stringsAndNumbersWhereTheyBelongStillRead() throws JsonProcessingException {
        assertEquals(new Input("42", List.of("a"), 3), mapper.readValue("{\"headline\": \"42\", \"tags\": [\"a\"], \"count\": 3}", Input.class));
    }
}
