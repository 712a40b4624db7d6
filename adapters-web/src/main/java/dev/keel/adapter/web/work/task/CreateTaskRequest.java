package dev.keel.adapter.web.work.task;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of POST /projects/{id}/tasks. */
@Schema(name = "CreateTaskRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"title"})
public record CreateTaskRequest(
        @Schema(minLength = 1, maxLength = 200, description = "Trimmed") String title,
        @Schema(maxLength = 10000, nullable = true) @Nullable String description,
        @Schema(format = "uuid", nullable = true, description = "A column of the project's board (422 otherwise); default: the first column") @Nullable UUID columnId,
        @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}, nullable = true, description = "Default MEDIUM") @Nullable String priority,
        @Schema(format = "uuid", nullable = true, description = "A member of the project (422 otherwise)") @Nullable UUID assigneeId,
        @Schema(nullable = true, example = "2026-12-01") @Nullable LocalDate dueDate,
        @Schema(nullable = true, description = "Labels of the project (422 otherwise), at most 50") @Nullable List<UUID> labelIds) {
}
