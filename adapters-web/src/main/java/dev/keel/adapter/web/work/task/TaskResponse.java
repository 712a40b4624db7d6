package dev.keel.adapter.web.work.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Task", requiredProperties = {"id", "projectId", "columnId", "title", "description", "priority", "assignee",
        "dueDate", "labels", "createdBy", "completedAt", "createdAt", "updatedAt", "version"})
public record TaskResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String projectId,
        @Schema(format = "uuid") String columnId,
        String title,
        @Schema(nullable = true) @Nullable String description,
        @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}) String priority,
        @Schema(nullable = true) @Nullable PersonResponse assignee,
        @Schema(format = "date", nullable = true) @Nullable String dueDate,
        @Schema(description = "By name") List<TaskLabelResponse> labels,
        @Schema(nullable = true, description = "null once that user was removed for good") @Nullable PersonResponse createdBy,
        @Schema(format = "date-time", nullable = true, description = "When the task entered a done column; null while it is in another") @Nullable String completedAt,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time") String updatedAt,
        @Schema(description = "Optimistic-locking version; also sent as the ETag") long version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(format = "date-time", nullable = true, description = "Only on soft-deleted tasks") @Nullable String deletedAt) {
}
