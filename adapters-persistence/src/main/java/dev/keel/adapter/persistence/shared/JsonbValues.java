package dev.keel.adapter.persistence.shared;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the text of a {@code jsonb} value into plain Java JSON values ({@code Map}, {@code List}, {@code String},
 * {@code BigDecimal}, {@code Boolean}, {@code null}), as the domain holds free-form JSON. The text comes from
 * PostgreSQL, so it is valid JSON; numbers stay exact.
 */
public final class JsonbValues {

    /** The longest number {@code numeric} writes: 131,072 digits before the point, 16,383 after, a sign and a point. */
    private static final int MAX_NUMBER_LENGTH = 131_072 + 16_383 + 2;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
            .build();

    private JsonbValues() {
    }

    /** The JSON object {@code text} as a map, keys in the order PostgreSQL keeps them. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        return (Map<String, Object>) value(text);
    }

    public static Object value(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return read(parser, parser.nextToken());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON from the database", e);
        }
    }

    private static Object read(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.put(name, read(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(read(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected " + token);
        };
    }
}
