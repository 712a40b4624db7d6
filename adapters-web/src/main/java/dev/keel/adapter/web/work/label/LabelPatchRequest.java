package dev.keel.adapter.web.work.label;

import dev.keel.adapter.web.shared.json.PatchField;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of PATCH /labels/{id} (JSON Merge Patch): absent fields stay; neither may be null. */
@Schema(name = "LabelPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "JSON Merge Patch (RFC 7396) of a label")
public record LabelPatchRequest(
        @Schema(type = "string", minLength = 1, maxLength = 50) PatchField<String> name,
        @Schema(type = "string", pattern = "^#[0-9a-fA-F]{6}$") PatchField<String> color) {
}
