package dev.keel.adapter.web.work.document;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of GET /projects/{id}/documents for the OpenAPI document only. */
final class DocumentPageDocs {

    private DocumentPageDocs() {
    }

    @Schema(name = "DocumentCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of documents")
    record CursorPage(List<DocumentResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "DocumentOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of documents (when page or size is given)")
    record OffsetPage(List<DocumentResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
