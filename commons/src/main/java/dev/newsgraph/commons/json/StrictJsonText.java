package dev.newsgraph.commons.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON for every request body of every service: exactly one value (trailing content after it,
 * such as a second object or stray characters, is {@code malformed-json}), and no key twice in one
 * object ({@code malformed-json}: which of the two would count is a guess). Lone surrogates are refused
 * by {@link JsonBody} through {@link JsonText}.
 *
 * <p>A text field of a request takes a JSON string only. Jackson would otherwise turn {@code 42} or
 * {@code true} into "42" and "true" and store them, where the client most likely sent the wrong field;
 * now that is a 400 {@code invalid-field} naming it, as any other wrong type is.
 */
@Singleton
public class StrictJsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }
}
