package dev.newsgraph.entity.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsgraph.commons.problem.Problem;
import dev.newsgraph.commons.problem.ProblemException;
import dev.newsgraph.commons.text.ControlCharacters;
import dev.newsgraph.entity.recognition.EntityType;
import dev.newsgraph.entity.resolution.NameNormalizer;

/**
 * Reads a PATCH body, where an absent field means "unchanged" and {@code null} means "clear" for the
 * optional fields (description, external ids), which a plain record cannot tell apart. Name and type
 * cannot be cleared: {@code null} leaves them unchanged, as clients serialising every field send it.
 */
final class EntityPatchReader {

    private static final Set<String> FIELDS = Set.of("name", "type", "description", "externalIds");
    static final int MAX_DESCRIPTION_CHARS = 2_000;
    static final int MAX_EXTERNAL_IDS = 20;
    static final int MAX_EXTERNAL_SYSTEM_CHARS = 50;
    static final int MAX_EXTERNAL_ID_CHARS = 300;

    private EntityPatchReader() {
    }

    static EntityCorrections.Patch read(JsonNode body) {
        if (body == null || !body.isObject() || body.isEmpty()) {
            throw ProblemException.badRequest("empty-patch",
                    "Give at least one of " + FIELDS + " as a JSON object");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!FIELDS.contains(field)) {
                throw ProblemException.badRequest("unknown-field", "Unknown field '" + field + "'; known fields are " + FIELDS);
            }
        }
        String name = null;
        if (body.hasNonNull("name")) {
            JsonNode node = body.get("name");
            if (!node.isTextual() || node.asText().isBlank()) {
                errors.add(new Problem.FieldError("name", "must be a non-blank string"));
            } else if (ControlCharacters.problem(node.asText()).isPresent()) {
                errors.add(new Problem.FieldError("name", ControlCharacters.problem(node.asText()).get()));
            } else if (node.asText().length() > EntityResource.MAX_NAME_CHARS) {
                errors.add(new Problem.FieldError("name", "at most " + EntityResource.MAX_NAME_CHARS + " characters"));
            } else if (NameNormalizer.key(node.asText()).isEmpty()) {
                errors.add(new Problem.FieldError("name", "needs at least one letter or digit"));
            } else {
                name = node.asText();
            }
        }
        EntityType type = null;
        if (body.hasNonNull("type")) {
            JsonNode node = body.get("type");
            type = node.isTextual() ? EntityType.fromLabel(node.asText()) : null;
            if (type == null || !type.name().equals(node.asText())) {
                type = null;
                errors.add(new Problem.FieldError("type", "must be one of PERSON, ORGANIZATION, LOCATION, MISC"));
            }
        }
        String description = null;
        boolean clearDescription = false;
        if (body.has("description")) {
            JsonNode node = body.get("description");
            if (node.isNull()) {
                clearDescription = true;
            } else if (!node.isTextual()) {
                errors.add(new Problem.FieldError("description", "must be a string or null"));
            } else if (ControlCharacters.problem(node.asText()).isPresent()) {
                errors.add(new Problem.FieldError("description", ControlCharacters.problem(node.asText()).get()));
            } else if (node.asText().length() > MAX_DESCRIPTION_CHARS) {
                errors.add(new Problem.FieldError("description", "at most " + MAX_DESCRIPTION_CHARS + " characters, has " + node.asText().length()));
            } else {
                description = node.asText();
            }
        }
        Map<String, String> externalIds = null;
        boolean clearExternalIds = false;
        if (body.has("externalIds")) {
            JsonNode node = body.get("externalIds");
            if (node.isNull()) {
                clearExternalIds = true;
            } else if (!node.isObject()) {
                errors.add(new Problem.FieldError("externalIds", "must be an object of strings, e.g. {\"wikidata\":\"Q7747\"}"));
            } else if (node.size() > MAX_EXTERNAL_IDS) {
                errors.add(new Problem.FieldError("externalIds", "at most " + MAX_EXTERNAL_IDS + " entries, has " + node.size()));
            } else {
                externalIds = new HashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String shown = e.getKey().length() > MAX_EXTERNAL_SYSTEM_CHARS
                            ? e.getKey().substring(0, MAX_EXTERNAL_SYSTEM_CHARS) + "…" : e.getKey();
                    if (!e.getValue().isTextual() || e.getKey().isBlank()) {
                        errors.add(new Problem.FieldError("externalIds." + shown, "must be a string"));
                    } else if (ControlCharacters.problem(e.getKey() + e.getValue().asText()).isPresent()) {
                        errors.add(new Problem.FieldError("externalIds", "must not contain control characters"));
                    } else if (e.getKey().length() > MAX_EXTERNAL_SYSTEM_CHARS) {
                        errors.add(new Problem.FieldError("externalIds." + shown, "the system name is at most "
                                + MAX_EXTERNAL_SYSTEM_CHARS + " characters"));
                    } else if (e.getValue().asText().length() > MAX_EXTERNAL_ID_CHARS) {
                        errors.add(new Problem.FieldError("externalIds." + shown, "at most " + MAX_EXTERNAL_ID_CHARS + " characters"));
                    } else {
                        externalIds.put(e.getKey(), e.getValue().asText());
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The patch has invalid fields", errors);
        }
        return new EntityCorrections.Patch(name, type, description, clearDescription, externalIds, clearExternalIds);
    }
}
