package dev.keel.adapter.web.work.task;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The body of POST /tasks/{id}/move. */
@Schema(name = "MoveTaskRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"columnId"})
public record MoveTaskRequest(
        @Schema(format = "uuid", description = "The target column, of the same board (422 otherwise)") UUID columnId,
        @Schema(format = "uuid", nullable = true, description = "Place the task right before this live task of the target column") @Nullable UUID beforeId,
        @Schema(format = "uuid", nullable = true, description = "Place the task right after this live task of the target column; not with beforeId. Neither: the bottom of the column") @Nullable UUID afterId) {
}
