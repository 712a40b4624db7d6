package dev.keel.adapter.web.shared.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.keel.adapter.web.shared.MalformedBodyException;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a request body into a {@link JsonValue}, refusing what a lenient parser would let through: bytes that
 * are not UTF-8, anything after the first value, duplicate keys, nesting deeper than {@link #MAX_DEPTH}, and
 * text holding NUL characters or unpaired surrogates (PostgreSQL cannot store the first, nobody can read the
 * second). Structural faults are a {@link MalformedBodyException}; faults of single values are reported
 * together, each at its JSON path, as a {@link ValidationException}.
 */
public final class StrictJsonParser {

    /** Objects and arrays inside each other, counting the body itself. */
    public static final int MAX_DEPTH = 32;

    private static final StreamReadConstraints LIMITS =
            StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 1).build();
    private static final JsonFactory FACTORY = JsonFactory.builder().streamReadConstraints(LIMITS).build();

    private StrictJsonParser() {
    }

    /** A parsed body and the faults of its single values, each at its JSON path (the value is kept or nulled). */
    public record Parsed(JsonValue value, List<FieldViolation> faults) {

        public Parsed {
            faults = List.copyOf(faults);
        }
    }

    /**
     * Parses {@code body}; a structural fault is a {@link MalformedBodyException}, the faults of single values one
     * {@link ValidationException}.
     */
    public static JsonValue parse(byte[] body) {
        Parsed parsed = read(body);
        if (!parsed.faults().isEmpty()) {
            throw new ValidationException(parsed.faults());
        }
        return parsed.value();
    }

    /**
     * Parses {@code body}, returning the faults of single values beside the value, so that they can be reported with
     * the faults binding it finds; a structural fault is a {@link MalformedBodyException}.
     */
    public static Parsed read(byte[] body) {
        if (body == null || body.length == 0) {
            throw new MalformedBodyException("A request body is required");
        }
        String text = decodeUtf8(body);
        List<FieldViolation> violations = new ArrayList<>();
        JsonValue value;
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedBodyException("A request body is required");
            }
            value = read(parser, first, "", 1, violations);
            if (parser.nextToken() != null) {
                throw new MalformedBodyException("The request body must be a single JSON value, with nothing after it");
            }
        } catch (StreamConstraintsException e) {
            // Nesting is refused by requireDepth first, so what the factory's constraints stop here is a long token.
            throw new MalformedBodyException("A number or field name in the request body is too long (numbers: at most "
                    + LIMITS.getMaxNumberLength() + " characters, names: at most " + LIMITS.getMaxNameLength() + ")");
        } catch (IOException e) {
            throw new MalformedBodyException("The request body is not valid JSON");
        }
        return new Parsed(value, violations);
    }

    private static JsonValue read(JsonParser parser, JsonToken token, String path, int depth,
                                  List<FieldViolation> violations) throws IOException {
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, depth, violations);
            case START_ARRAY -> readArray(parser, path, depth, violations);
            case VALUE_STRING -> new JsonValue.JsonString(checkedText(parser.getText(), path, violations));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, path, violations);
            case VALUE_TRUE -> new JsonValue.JsonBoolean(true);
            case VALUE_FALSE -> new JsonValue.JsonBoolean(false);
            case VALUE_NULL -> JsonValue.JsonNull.INSTANCE;
            default -> throw new MalformedBodyException("The request body is not valid JSON");
        };
    }

    private static JsonValue readObject(JsonParser parser, String path, int depth, List<FieldViolation> violations)
            throws IOException {
        requireDepth(depth);
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        Set<String> repeated = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String fieldPath = path.isEmpty() ? shownName(name) : path + "." + shownName(name);
            checkedText(name, fieldPath, violations);
            JsonValue value = read(parser, parser.nextToken(), fieldPath, depth + 1, violations);
            if (fields.putIfAbsent(name, value) != null && repeated.add(name)) {
                violations.add(new FieldViolation(fieldPath, "appears more than once"));
            }
        }
        return new JsonValue.JsonObject(fields);
    }

    /**
     * A name as error paths show it: the empty name as {@code ""}, and a name holding NUL characters or unpaired
     * surrogates with U+FFFD in their place (the response, and an idempotency record storing it, cannot hold them).
     */
    static String shownName(String name) {
        if (name.isEmpty()) {
            return "\"\"";
        }
        if (TextChecks.problemOf(name) == null) {
            return name;
        }
        StringBuilder shown = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                shown.append(c).append(name.charAt(++i));
            } else {
                shown.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return shown.toString();
    }

    private static JsonValue readArray(JsonParser parser, String path, int depth, List<FieldViolation> violations)
            throws IOException {
        requireDepth(depth);
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(read(parser, token, path + "[" + elements.size() + "]", depth + 1, violations));
        }
        return new JsonValue.JsonArray(elements);
    }

    /** A number BigDecimal cannot hold (an exponent beyond an int, 1e99999999999) is a fault of its field. */
    private static JsonValue number(JsonParser parser, String path, List<FieldViolation> violations)
            throws IOException {
        try {
            return new JsonValue.JsonNumber(parser.getDecimalValue());
        } catch (NumberFormatException | ArithmeticException e) {
            violations.add(new FieldViolation(path.isEmpty() ? "body" : path,
                    "is a number too large or too small to read"));
            return JsonValue.JsonNull.INSTANCE;
        }
    }

    private static void requireDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new MalformedBodyException("The request body is nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private static String checkedText(String text, String path, List<FieldViolation> violations) {
        String problem = TextChecks.problemOf(text);
        if (problem != null) {
            violations.add(new FieldViolation(path.isEmpty() ? "body" : path, problem));
        }
        return text;
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedBodyException("The request body is not valid UTF-8");
        }
    }
}
