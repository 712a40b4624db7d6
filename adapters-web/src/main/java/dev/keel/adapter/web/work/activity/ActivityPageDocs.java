package dev.keel.adapter.web.work.activity;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of the activity lists for the OpenAPI document only. */
final class ActivityPageDocs {

    private ActivityPageDocs() {
    }

    @Schema(name = "ActivityCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of activity entries, newest first")
    record CursorPage(List<ActivityResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "ActivityOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of activity entries (when page or size is given)")
    record OffsetPage(List<ActivityResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
