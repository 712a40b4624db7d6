package dev.keel.adapter.web.work.project;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /projects. */
@Schema(name = "CreateProjectRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"name"})
public record CreateProjectRequest(
        @Schema(minLength = 1, maxLength = 100, description = "Trimmed") String name,
        @Schema(pattern = "^[a-z0-9-]{3,60}$", nullable = true,
                description = "Unique among live projects (409 when taken); derived from the name when absent, with -2, -3, … when the derived one is taken")
        @Nullable String slug,
        @Schema(maxLength = 2000, nullable = true) @Nullable String description) {
}
