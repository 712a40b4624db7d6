package dev.keel.adapter.web.work.label;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /projects/{id}/labels. */
@Schema(name = "CreateLabelRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"name", "color"})
public record CreateLabelRequest(
        @Schema(minLength = 1, maxLength = 50, description = "Trimmed; unique in the project, case-insensitively (409)") String name,
        @Schema(pattern = "^#[0-9a-fA-F]{6}$", example = "#1f8a70", description = "Stored in lower case") String color) {
}
