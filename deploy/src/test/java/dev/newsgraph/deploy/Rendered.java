package dev.newsgraph.deploy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** The objects one overlay renders to, with the look-ups the checks need. */
record Rendered(String overlay, List<JsonNode> objects) {

    Stream<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText()));
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).filter(object -> name.equals(name(object))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(
                () -> new AssertionError(overlay + ": no " + kind + " named " + name + " is rendered"));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    @Override
    public String toString() {
        return overlay;
    }
}
