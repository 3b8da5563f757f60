package dev.newsgraph.gateway.execution;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Hands SmallRye GraphQL an operation's data as a JSON-P view over graphql-java's own maps and lists.
 * SmallRye copies the data into a JSON-P tree before writing it, a builder and a map for every object:
 * a quarter of the gateway's CPU for a page of articles with their entities. A value that is JSON-P
 * already it writes as it is, reading each value once. The view converts values the way SmallRye's copy
 * does, so the answer is the same text.
 */
public class JsonResultView extends SimplePerformantInstrumentation {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        // null when nothing ran; a publisher for a subscription, whose events SmallRye writes itself
        if (!(result.getData() instanceof Map<?, ?> data)) {
            return CompletableFuture.completedFuture(result);
        }
        return CompletableFuture.completedFuture(result.transform(builder -> builder.data(new ObjectView(data))));
    }

    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Map<?, ?> map) {
            return new ObjectView(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayView(list);
        }
        if (value instanceof Collection<?> items) {
            return new ArrayView(new ArrayList<>(items));
        }
        if (value instanceof Boolean yes) {
            return yes ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return JSON.createValue(number);
        }
        if (value instanceof Double number) {
            return JSON.createValue(number);
        }
        if (value instanceof Float number) {
            // as SmallRye: through the decimal text, since widening to double would add digits
            return JSON.createValue(new BigDecimal(String.valueOf(number)));
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        if (value instanceof BigInteger number) {
            return JSON.createValue(number);
        }
        if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        // graphql-java has serialised every scalar by now; anything else is written as text
        return JSON.createValue(String.valueOf(value));
    }

    /** The value as true or false; anything else is a ClassCastException, as JSON-P specifies. */
    private static boolean yesOrNo(JsonValue value, String what) {
        if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
            throw new ClassCastException(what + " is not true or false");
        }
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static boolean yesOrNo(JsonValue value, boolean otherwise) {
        if (value == null) {
            return otherwise;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> otherwise;
        };
    }

    private static String text(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = JSON.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    private static final class ObjectView extends AbstractMap<String, JsonValue> implements JsonObject {

        private final Map<?, ?> fields;

        ObjectView(Map<?, ?> fields) {
            this.fields = fields;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonValue>> iterator() {
                    Iterator<? extends Entry<?, ?>> entries = fields.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, JsonValue> next() {
                            Entry<?, ?> entry = entries.next();
                            return new SimpleImmutableEntry<>(String.valueOf(entry.getKey()), json(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }

        @Override
        public JsonValue get(Object name) {
            return fields.containsKey(name) ? json(fields.get(name)) : null;
        }

        @Override
        public boolean containsKey(Object name) {
            return fields.containsKey(name);
        }

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return (JsonArray) get(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return (JsonObject) get(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return (JsonNumber) get(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return (JsonString) get(name);
        }

        @Override
        public String getString(String name) {
            return getJsonString(name).getString();
        }

        @Override
        public String getString(String name, String otherwise) {
            return get(name) instanceof JsonString text ? text.getString() : otherwise;
        }

        @Override
        public int getInt(String name) {
            return getJsonNumber(name).intValue();
        }

        @Override
        public int getInt(String name, int otherwise) {
            return get(name) instanceof JsonNumber number ? number.intValue() : otherwise;
        }

        @Override
        public boolean getBoolean(String name) {
            return yesOrNo(present(name), name);
        }

        @Override
        public boolean getBoolean(String name, boolean otherwise) {
            return yesOrNo(get(name), otherwise);
        }

        @Override
        public boolean isNull(String name) {
            return present(name).getValueType() == ValueType.NULL;
        }

        private JsonValue present(String name) {
            JsonValue value = get(name);
            if (value == null) {
                throw new NullPointerException("no field " + name);
            }
            return value;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    private static final class ArrayView extends AbstractList<JsonValue> implements JsonArray {

        private final List<?> items;

        ArrayView(List<?> items) {
            this.items = items;
        }

        @Override
        public JsonValue get(int index) {
            return json(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return (JsonObject) get(index);
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return (JsonArray) get(index);
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return (JsonNumber) get(index);
        }

        @Override
        public JsonString getJsonString(int index) {
            return (JsonString) get(index);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            return (List<T>) this;
        }

        @Override
        public String getString(int index) {
            return getJsonString(index).getString();
        }

        @Override
        public String getString(int index, String otherwise) {
            return orNull(index) instanceof JsonString text ? text.getString() : otherwise;
        }

        @Override
        public int getInt(int index) {
            return getJsonNumber(index).intValue();
        }

        @Override
        public int getInt(int index, int otherwise) {
            return orNull(index) instanceof JsonNumber number ? number.intValue() : otherwise;
        }

        @Override
        public boolean getBoolean(int index) {
            return yesOrNo(get(index), "item " + index);
        }

        @Override
        public boolean getBoolean(int index, boolean otherwise) {
            return yesOrNo(orNull(index), otherwise);
        }

        private JsonValue orNull(int index) {
            return index >= 0 && index < size() ? get(index) : null;
        }

        @Override
        public boolean isNull(int index) {
            return get(index).getValueType() == ValueType.NULL;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }
}
