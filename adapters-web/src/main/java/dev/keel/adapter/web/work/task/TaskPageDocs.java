package dev.keel.adapter.web.work.task;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of GET /projects/{id}/tasks for the OpenAPI document only. */
final class TaskPageDocs {

    private TaskPageDocs() {
    }

    @Schema(name = "TaskCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of tasks (the default)")
    record CursorPage(List<TaskResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "TaskOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of tasks (when page or size is given)")
    record OffsetPage(List<TaskResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
