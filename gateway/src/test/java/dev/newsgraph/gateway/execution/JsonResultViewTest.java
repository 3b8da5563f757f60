package dev.newsgraph.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;

/** The view answers exactly the text SmallRye writes from its own copy of the same data. */
class JsonResultViewTest {

    private final JsonResultView view = new JsonResultView();

    @Test
    void writesTheSameTextAsSmallRyesCopy() throws Exception {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("name", "Zoë \"Z\" O'Neil\n<script>\u2028");
        entity.put("type", "PERSON");
        entity.put("description", null);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("headline", "Ports reopen");
        node.put("wordCount", 543);
        node.put("version", 3L);
        node.put("salience", 0.784);
        node.put("score", 0.1f);
        node.put("exact", new BigDecimal("12.50"));
        node.put("big", new BigInteger("123456789012345678901234567890"));
        node.put("analysed", true);
        node.put("deleted", false);
        node.put("kind", Thread.State.NEW);
        node.put("tags", List.of("labour", "Pakistan"));
        node.put("entities", List.of(Map.of("entity", entity), Map.of("entity", entity)));
        node.put("nothing", new ArrayList<>(Arrays.asList(null, "x", null)));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articles", Map.of("edges", List.of(Map.of("node", node)), "totalCount", 1));
        data.put("entity", null);
        ExecutionResult result = ExecutionResultImpl.newExecutionResult().data(data).build();

        ExecutionResult viewed = view.instrumentExecutionResult(result, null, null).get();

        assertEquals(new ExecutionResponse(result).getExecutionResultAsString(),
                new ExecutionResponse(viewed).getExecutionResultAsString());
        JsonObject json = (JsonObject) viewed.getData();
        assertEquals("Ports reopen", json.getJsonObject("articles").getJsonArray("edges").getJsonObject(0)
                .getJsonObject("node").getString("headline"));
        assertEquals(JsonValue.NULL, json.get("entity"));
    }

    @Test
    void leavesResultsWithoutDataAlone() throws Exception {
        ExecutionResult nothing = ExecutionResultImpl.newExecutionResult().build();
        assertSame(nothing, view.instrumentExecutionResult(nothing, null, null).get());
    }
}
