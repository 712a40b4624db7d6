package dev.keel.adapter.web.work.project;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST /projects/{id}/columns. */
@Schema(name = "CreateColumnRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"name"})
public record CreateColumnRequest(
        @Schema(minLength = 1, maxLength = 60, description = "Trimmed; unique on the board in any case (409)") String name,
        @Schema(nullable = true, minimum = "0", description = "Where it goes (0 = first), the columns from there on moving one place; past the end or absent: the end") @Nullable Integer position,
        @Schema(nullable = true, minimum = "1", description = "Most live tasks the column takes; null: no limit") @Nullable Integer wipLimit,
        @Schema(nullable = true, description = "Tasks in a done column are completed; default false") @Nullable Boolean isDone) {
}
