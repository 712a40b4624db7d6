package dev.keel.adapter.web.work.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "TaskSummary", requiredProperties = {"id", "title", "priority", "dueDate", "assignee", "labels"})
public record TaskSummaryResponse(
        @Schema(format = "uuid") String id,
        String title,
        @Schema(allowableValues = {"LOW", "MEDIUM", "HIGH", "URGENT"}) String priority,
        @Schema(format = "date", nullable = true) @Nullable String dueDate,
        @Schema(nullable = true) @Nullable PersonResponse assignee,
        @Schema(description = "By name") List<TaskLabelResponse> labels) {
}
