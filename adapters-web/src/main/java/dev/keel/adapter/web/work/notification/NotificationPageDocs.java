package dev.keel.adapter.web.work.notification;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shape of GET /me/notifications for the OpenAPI document only. */
final class NotificationPageDocs {

    private NotificationPageDocs() {
    }

    @Schema(name = "NotificationCursorPage", requiredProperties = {"items", "nextCursor"}, description = "Keyset slice of notifications, newest first")
    record CursorPage(List<NotificationResponse> items,
                      @Schema(nullable = true, description = "Pass as ?cursor= for the next slice; null on the last one")
                      @Nullable String nextCursor) {
    }

    @Schema(name = "NotificationOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"},
            description = "Numbered page of notifications (when page or size is given)")
    record OffsetPage(List<NotificationResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
