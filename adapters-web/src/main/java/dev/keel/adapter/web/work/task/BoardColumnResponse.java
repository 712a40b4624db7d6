package dev.keel.adapter.web.work.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "BoardColumn", requiredProperties = {"id", "name", "position", "isDone", "wipLimit", "taskCount", "tasks", "nextCursor"})
public record BoardColumnResponse(
        @Schema(format = "uuid") String id,
        String name,
        int position,
        boolean isDone,
        @Schema(nullable = true, description = "null: no limit") @Nullable Integer wipLimit,
        @Schema(description = "Live tasks in the column") long taskCount,
        @Schema(description = "The column's first tasks in board order") List<TaskSummaryResponse> tasks,
        @Schema(nullable = true, description = "Continue with GET /columns/{id}/tasks?cursor=; null when every task is shown") @Nullable String nextCursor) {
}
