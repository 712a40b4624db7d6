package dev.keel.adapter.web.work.project;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of PATCH /projects/{id} (JSON Merge Patch): absent fields stay; null clears the description only. */
@Schema(name = "ProjectPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "JSON Merge Patch (RFC 7396) of a project: only the fields to change")
public record ProjectPatchRequest(
        @Schema(type = "string", minLength = 1, maxLength = 100) PatchField<String> name,
        @Schema(type = "string", pattern = "^[a-z0-9-]{3,60}$", description = "409 when a live project has it") PatchField<String> slug,
        @Schema(type = "string", maxLength = 2000, nullable = true, description = "null removes it") @Nullable PatchField<String> description) {
}
