package dev.keel.adapter.web.work.task;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The body of POST /projects/{id}/tasks/batch. */
@Schema(name = "BatchCreateTasksRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"items"})
public record BatchCreateTasksRequest(
        @ArraySchema(minItems = 1, maxItems = 1000, schema = @Schema(implementation = CreateTaskRequest.class)) List<CreateTaskRequest> items) {
}
