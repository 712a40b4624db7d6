package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of PATCH /columns/{id} (JSON Merge Patch): absent fields stay; null clears the WIP limit only. */
@Schema(name = "ColumnPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "JSON Merge Patch (RFC 7396) of a column")
public record ColumnPatchRequest(
        @Schema(type = "string", minLength = 1, maxLength = 60) PatchField<String> name,
        @Schema(type = "integer", minimum = "0", description = "The other columns shift; past the end: the end") PatchField<Integer> position,
        @Schema(type = "integer", minimum = "1", nullable = true, description = "null removes the limit") @Nullable PatchField<Integer> wipLimit,
        @Schema(type = "boolean", description = "Changing it completes or reopens the column's tasks") PatchField<Boolean> isDone) {
}
