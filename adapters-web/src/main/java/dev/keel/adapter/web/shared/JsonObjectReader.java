package dev.keel.adapter.web.shared;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a request body strictly: it must be one JSON object whose fields are all known and all strings
 * (or null, where the caller allows it). Unknown fields are refused rather than ignored, so that a
 * misspelt field is an error instead of a silent no-op.
 */
@Singleton
public final class JsonObjectReader {

    private final JsonMapper jsonMapper;

    JsonObjectReader(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * The fields of the object in {@code body}: a value is the string, or {@code Optional.empty()} for an
     * explicit JSON null; absent fields are absent from the map.
     *
     * @throws MalformedBodyException when the body is not a JSON object
     * @throws ValidationException    listing unknown fields and values that are not strings
     */
    public Map<String, Optional<String>> readStringFields(String body, Set<String> knownFields) {
        JsonNode root = parse(body);
        if (!root.isObject()) {
            throw new MalformedBodyException("The request body must be a JSON object");
        }
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.entries()) {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (!knownFields.contains(name)) {
                violations.add(new FieldViolation(name, "is not a known field"));
            } else if (value.isNull()) {
                fields.put(name, Optional.empty());
            } else if (value.isString()) {
                fields.put(name, Optional.of(value.getStringValue()));
            } else {
                violations.add(new FieldViolation(name, "must be a string"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return fields;
    }

    /** Canonical JSON of {@code value}, as responses are written. */
    public String write(Object value) {
        try {
            return jsonMapper.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("response could not be serialized", e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedBodyException("A request body is required");
        }
        try {
            return jsonMapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedBodyException("The request body is not valid JSON");
        }
    }
}
