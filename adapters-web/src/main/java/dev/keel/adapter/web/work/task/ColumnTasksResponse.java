package dev.keel.adapter.web.work.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ColumnTasks", requiredProperties = {"items", "nextCursor"})
public record ColumnTasksResponse(@Schema(description = "In board order") List<TaskSummaryResponse> items,
                                  @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one") @Nullable String nextCursor) {
}
