package dev.keel.adapter.web.work.comment;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of GET /tasks/{id}/comments for the OpenAPI document only. */
final class CommentPageDocs {

    private CommentPageDocs() {
    }

    @Schema(name = "CommentCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of comments, oldest first")
    record CursorPage(List<CommentResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "CommentOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of comments (when page or size is given)")
    record OffsetPage(List<CommentResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
