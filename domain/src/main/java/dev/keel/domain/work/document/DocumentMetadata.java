package dev.keel.domain.work.document;

import dev.keel.domain.shared.JsonText;
import dev.keel.domain.shared.ValidationException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A document's free-form metadata: one JSON object, held as plain Java JSON values (see {@link JsonText}), at most
 * {@link #MAX_BYTES} bytes as compact UTF-8 JSON and {@link #MAX_DEPTH} levels deep (the object itself is level 1;
 * every object or array inside adds one).
 */
public final class DocumentMetadata {

    public static final int MAX_BYTES = 64 * 1024;
    public static final int MAX_DEPTH = 10;
    /**
     * Digits of a number written out in full, without an exponent, as PostgreSQL's {@code numeric} keeps it (1e499 is
     * a 1 and 499 zeros): well inside what {@code numeric} stores exactly (131,072 digits before the point, 16,383
     * after) and short enough for any client's JSON parser (Jackson's default refuses numbers over 1,000 characters),
     * so every accepted number reads back as it was sent.
     */
    public static final int MAX_NUMBER_DIGITS = 500;
    public static final DocumentMetadata EMPTY = new DocumentMetadata(Map.of());

    private final Map<String, Object> fields;
    private final String json;

    private DocumentMetadata(Map<String, Object> fields) {
        this.fields = fields;
        this.json = JsonText.of(fields);
    }

    /** {@link ValidationException} on {@code field} when the object is too deep or too large. */
    public static DocumentMetadata of(String field, Map<String, ?> fields) {
        Objects.requireNonNull(fields, field);
        if (depth(fields) > MAX_DEPTH) {
            throw ValidationException.of(field, "must be at most " + MAX_DEPTH + " levels deep");
        }
        String longNumber = longNumber(fields, "");
        if (longNumber != null) {
            throw ValidationException.of(field, "must hold numbers of at most " + MAX_NUMBER_DIGITS
                    + " digits written out without an exponent (from 1e-" + (MAX_NUMBER_DIGITS - 1) + " to 1e"
                    + (MAX_NUMBER_DIGITS - 1) + "); " + longNumber + " has more");
        }
        DocumentMetadata metadata = new DocumentMetadata(immutable(fields));
        if (metadata.json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ValidationException.of(field, "must be at most " + MAX_BYTES + " bytes as JSON");
        }
        return metadata;
    }

    /**
     * RFC 7396 applied to this object: a {@code null} in the patch removes that key, an object merges into an object
     * recursively, any other value replaces. The result is checked as {@link #of} checks.
     */
    public DocumentMetadata merge(String field, Map<String, ?> patch) {
        return of(field, mergeObjects(fields, patch));
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** Compact JSON text, keys in the order they were given. */
    public String json() {
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergeObjects(Map<String, ?> target, Map<String, ?> patch) {
        Map<String, Object> merged = new LinkedHashMap<>(target);
        patch.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else if (value instanceof Map<?, ?> patchObject) {
                Map<String, ?> base = merged.get(key) instanceof Map<?, ?> existing ? (Map<String, ?>) existing : Map.of();
                merged.put(key, mergeObjects(base, (Map<String, ?>) patchObject));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    /** The path of the first number with more than {@link #MAX_NUMBER_DIGITS} digits written out, or null. */
    private static String longNumber(Object value, String path) {
        switch (value) {
            case Map<?, ?> object -> {
                for (var entry : object.entrySet()) {
                    String found = longNumber(entry.getValue(), path.isEmpty() ? String.valueOf(entry.getKey())
                            : path + "." + entry.getKey());
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case List<?> array -> {
                for (int i = 0; i < array.size(); i++) {
                    String found = longNumber(array.get(i), path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case BigDecimal number -> {
                return writtenOutDigits(number) > MAX_NUMBER_DIGITS ? path : null;
            }
            case null, default -> {
                return null;
            }
        }
    }

    /** Digits before the point (at least one) plus those after it; in long, as a scale may be near an int's limits. */
    private static long writtenOutDigits(BigDecimal number) {
        long scale = number.scale();
        return Math.max(1, number.precision() - scale) + Math.max(0, scale);
    }

    private static int depth(Object value) {
        return switch (value) {
            case Map<?, ?> object -> 1 + object.values().stream().mapToInt(DocumentMetadata::depth).max().orElse(0);
            case List<?> array -> 1 + array.stream().mapToInt(DocumentMetadata::depth).max().orElse(0);
            case null, default -> 0;
        };
    }

    private static Map<String, Object> immutable(Map<String, ?> object) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((key, value) -> copy.put(key, immutableValue(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object immutableValue(Object value) {
        if (value instanceof Map<?, ?> object) {
            return immutable((Map<String, ?>) object);
        }
        if (value instanceof List<?> array) {
            List<Object> copy = new ArrayList<>(array.size());
            array.forEach(element -> copy.add(immutableValue(element)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentMetadata that && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return json;
    }
}
