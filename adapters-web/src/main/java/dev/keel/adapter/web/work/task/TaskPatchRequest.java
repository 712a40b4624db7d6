package dev.keel.adapter.web.work.task;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The body of PATCH /tasks/{id} (JSON Merge Patch): absent fields stay; null clears description, assignee and due date. */
@Schema(name = "TaskPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, description = "JSON Merge Patch (RFC 7396) of a task: only the fields to change")
public record TaskPatchRequest(
        @Schema(type = "string", minLength = 1, maxLength = 200) PatchField<String> title,
        @Schema(type = "string", maxLength = 10000, nullable = true, description = "null removes it") @Nullable PatchField<String> description,
        @Schema(type = "string", allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}) PatchField<String> priority,
        @Schema(type = "string", format = "uuid", nullable = true, description = "A member of the project; null unassigns") @Nullable PatchField<UUID> assigneeId,
        @Schema(type = "string", format = "date", nullable = true, description = "null removes it") @Nullable PatchField<LocalDate> dueDate) {
}
