package dev.keel.adapter.web.work.document;

import dev.keel.adapter.web.shared.MalformedBodyException;
import dev.keel.adapter.web.shared.json.JsonValue;
import dev.keel.adapter.web.shared.json.StrictJsonParser;
import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.application.shared.Violations;
import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.work.document.DocumentFilter;
import dev.keel.domain.work.document.DocumentMetadata;
import dev.keel.domain.work.document.DocumentSortField;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Introspected
@ListOf(name = "documents", sortFields = DocumentSortField.class, defaultSort = "createdAt")
record DocumentListParameters(
        @Nullable @QueryValue
        @Schema(description = "A JSON object (URL-encoded): documents whose metadata contains it (@>), such as {\"status\":\"approved\",\"tags\":[\"legal\"]}")
        String metadata,
        @Nullable @QueryValue @Schema(description = "Repeatable: documents whose metadata has all of these top-level keys") List<String> hasKey,
        @Nullable @QueryValue
        @Schema(description = "A SQL/JSON path predicate on the metadata; a malformed one is a 400", example = "$.pages > 10", maxLength = 1000)
        String jsonPath,
        @Nullable @QueryValue Deleted deleted,
        @Nullable @QueryValue
        @Schema(description = "createdAt (default, newest first) or title; optionally ,asc or ,desc", example = "title,asc")
        String sort) implements ListParameters<DocumentFilter> {

    static final int MAX_PATH_LENGTH = 1000;
    /** What the store says of a path it cannot read; the same words wherever it is found. */
    static final String UNREADABLE_PATH = "is not a valid JSON path predicate, such as $.pages > 10";
    private static final int MAX_KEY_LENGTH = 200;

    /** The one value of {@code deleted}, spelled as the API spells it: 'only' lists soft-deleted documents. */
    @Schema(name = "DeletedDocumentsFilter", description = "'only' lists soft-deleted documents instead of live ones")
    enum Deleted { only }

    /** The filter, every bad parameter reported at once. */
    @Override
    public DocumentFilter filter() {
        var violations = new Violations();
        DocumentMetadata contains = metadata == null ? null : violations.check(this::containedObject);
        if (hasKey != null && hasKey.stream().anyMatch(key -> key.isEmpty() || key.length() > MAX_KEY_LENGTH)) {
            violations.add("hasKey", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        if (jsonPath != null && (jsonPath.isBlank() || jsonPath.length() > MAX_PATH_LENGTH)) {
            violations.add("jsonPath", "must be 1 to " + MAX_PATH_LENGTH + " characters");
        } else if (jsonPath != null && JsonPathVariables.present(jsonPath)) {
            violations.add("jsonPath", "must not use variables ($name): write their values into the path");
        }
        violations.throwIfAny();
        return new DocumentFilter(deleted != null, Optional.ofNullable(contains),
                hasKey == null ? Set.of() : Set.copyOf(hasKey), Optional.ofNullable(jsonPath));
    }

    private DocumentMetadata containedObject() {
        JsonValue parsed;
        try {
            parsed = StrictJsonParser.parse(metadata.getBytes(StandardCharsets.UTF_8));
        } catch (MalformedBodyException e) {
            throw ValidationException.of("metadata", "must be a JSON object");
        } catch (ValidationException e) {
            FieldViolation first = e.violations().getFirst();
            throw ValidationException.of("metadata", "must be a JSON object whose values can be read: "
                    + first.field() + " " + first.message());
        }
        if (!(parsed instanceof JsonValue.JsonObject object)) {
            throw ValidationException.of("metadata", "must be a JSON object, not " + parsed.kind());
        }
        return DocumentMetadata.of("metadata", object.toJava());
    }
}
