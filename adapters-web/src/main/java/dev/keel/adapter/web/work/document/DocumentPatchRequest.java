package dev.keel.adapter.web.work.document;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** The body of PATCH /documents/{id} (JSON Merge Patch, applied recursively inside metadata). */
@Schema(name = "DocumentPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        description = "JSON Merge Patch (RFC 7396) of a document: only the fields to change")
public record DocumentPatchRequest(
        @Schema(type = "string", minLength = 1, maxLength = 200) PatchField<String> title,
        @Schema(type = "string", maxLength = 100000, nullable = true, description = "null removes it") @Nullable PatchField<String> body,
        @Schema(type = "object", description = "Merged into the metadata (RFC 7396, recursively): a key set to null is removed, an object merges into an object, any other value replaces")
        PatchField<Map<String, Object>> metadata) {
}
