package dev.keel.adapter.web.identity.user;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The shapes of GET /users for the OpenAPI document only: the controller answers with the generic
 * {@code CursorPageResponse} and {@code OffsetPageResponse}, whose item type the document cannot see.
 */
final class UserPageDocs {

    private UserPageDocs() {
    }

    @Schema(name = "UserCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of users (the default)")
    record CursorPage(List<UserResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "UserOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of users (when page or size is given)")
    record OffsetPage(List<UserResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
