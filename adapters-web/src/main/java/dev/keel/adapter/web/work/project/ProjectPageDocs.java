package dev.keel.adapter.web.work.project;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of GET /projects for the OpenAPI document only (the controller answers with the generic page records). */
final class ProjectPageDocs {

    private ProjectPageDocs() {
    }

    @Schema(name = "ProjectCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of projects (the default)")
    record CursorPage(List<ProjectResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "ProjectOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of projects (when page or size is given)")
    record OffsetPage(List<ProjectResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
