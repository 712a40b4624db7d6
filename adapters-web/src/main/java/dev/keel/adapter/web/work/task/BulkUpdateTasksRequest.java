package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** The body of PATCH /projects/{id}/tasks: one change for many tasks. */
@Schema(name = "BulkUpdateTasksRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"ids", "set"})
public record BulkUpdateTasksRequest(
        @ArraySchema(minItems = 1, maxItems = 1000, schema = @Schema(format = "uuid")) List<UUID> ids,
        Change set) {

    /** What to change; absent fields stay. */
    @Schema(name = "BulkTaskChange", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record Change(
            @Schema(format = "uuid", nullable = true, description = "Into this column of the board, at its bottom") @Nullable UUID columnId,
            @Schema(type = "string", format = "uuid", nullable = true, description = "A member; null unassigns") @Nullable PatchField<UUID> assigneeId,
            @Schema(nullable = true, allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}) @Nullable String priority,
            @Schema(nullable = true) @Nullable List<UUID> addLabelIds,
            @Schema(nullable = true) @Nullable List<UUID> removeLabelIds) {
    }
}
