package dev.keel.adapter.web.ledger;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The shapes of the ledger's lists for the OpenAPI document only. */
final class LedgerPageDocs {

    private LedgerPageDocs() {
    }

    @Schema(name = "LedgerAccountCursorPage", requiredProperties = {"items", "nextCursor"})
    record AccountCursorPage(List<AccountResponse> items, @Schema(nullable = true) @Nullable String nextCursor) {
    }

    @Schema(name = "LedgerAccountOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    record AccountOffsetPage(List<AccountResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "LedgerEntryCursorPage", requiredProperties = {"items", "nextCursor"})
    record EntryCursorPage(List<EntryResponse> items, @Schema(nullable = true) @Nullable String nextCursor) {
    }

    @Schema(name = "LedgerEntryOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    record EntryOffsetPage(List<EntryResponse> items, int page, int size, long totalItems, long totalPages) {
    }

    @Schema(name = "TransferCursorPage", requiredProperties = {"items", "nextCursor"})
    record TransferCursorPage(List<TransferResponse> items, @Schema(nullable = true) @Nullable String nextCursor) {
    }

    @Schema(name = "TransferOffsetPage", requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
    record TransferOffsetPage(List<TransferResponse> items, int page, int size, long totalItems, long totalPages) {
    }
}
