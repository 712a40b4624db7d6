package dev.keel.adapter.web.shared.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A parsed JSON document, as {@link StrictJsonParser} builds it: objects keep their fields in the order they
 * came, numbers are exact. {@link #canonical()} is the same text for documents that mean the same.
 */
public sealed interface JsonValue {

    /** The kind of value, as error messages name it. */
    String kind();

    /** Keys sorted at every depth, no whitespace, numbers by value: a fingerprint of the meaning. */
    default String canonical() {
        StringBuilder out = new StringBuilder();
        writeCanonical(this, out);
        return out.toString();
    }

    /** The value as plain Java: Map, List, String, BigDecimal, Boolean or null. */
    Object toJava();

    record JsonObject(Map<String, JsonValue> fields) implements JsonValue {
        public JsonObject {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String kind() {
            return "an object";
        }

        @Override
        public Map<String, Object> toJava() {
            Map<String, Object> map = new LinkedHashMap<>();
            fields.forEach((name, value) -> map.put(name, value.toJava()));
            return map;
        }
    }

    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String kind() {
            return "an array";
        }

        @Override
        public List<Object> toJava() {
            List<Object> list = new ArrayList<>(elements.size());
            elements.forEach(element -> list.add(element.toJava()));
            return list;
        }
    }

    record JsonString(String value) implements JsonValue {
        @Override
        public String kind() {
            return "a string";
        }

        @Override
        public String toJava() {
            return value;
        }
    }

    record JsonNumber(BigDecimal value) implements JsonValue {
        @Override
        public String kind() {
            return "a number";
        }

        @Override
        public BigDecimal toJava() {
            return value;
        }
    }

    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String kind() {
            return "a boolean";
        }

        @Override
        public Boolean toJava() {
            return value;
        }
    }

    enum JsonNull implements JsonValue {
        INSTANCE;

        @Override
        public String kind() {
            return "null";
        }

        @Override
        public Object toJava() {
            return null;
        }
    }

    private static void writeCanonical(JsonValue value, StringBuilder out) {
        switch (value) {
            case JsonObject object -> {
                out.append('{');
                boolean first = true;
                for (var field : new TreeMap<>(object.fields()).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(field.getKey(), out);
                    out.append(':');
                    writeCanonical(field.getValue(), out);
                }
                out.append('}');
            }
            case JsonArray array -> {
                out.append('[');
                for (int i = 0; i < array.elements().size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    writeCanonical(array.elements().get(i), out);
                }
                out.append(']');
            }
            case JsonString string -> writeString(string.value(), out);
            // stripTrailingZeros makes 1, 1.0 and 1e0 one number; toString keeps huge exponents short.
            case JsonNumber number -> out.append(number.value().stripTrailingZeros());
            case JsonBoolean bool -> out.append(bool.value());
            case JsonNull ignored -> out.append("null");
        }
    }

    private static void writeString(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
