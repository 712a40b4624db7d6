package dev.keel.adapter.web.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "LedgerAccount", requiredProperties = {"id", "code", "name", "currency", "ownerId", "debitsMustNotExceedCredits",
        "creditsMustNotExceedDebits", "debitsPosted", "creditsPosted", "debitsPending", "creditsPending", "balance", "available",
        "version", "createdAt", "closedAt"})
public record AccountResponse(
        @Schema(format = "uuid") String id,
        @Schema(nullable = true) @Nullable String code,
        String name,
        String currency,
        @Schema(format = "uuid", nullable = true, description = "null: a system account") @Nullable String ownerId,
        boolean debitsMustNotExceedCredits,
        boolean creditsMustNotExceedDebits,
        long debitsPosted,
        long creditsPosted,
        long debitsPending,
        long creditsPending,
        @Schema(description = "creditsPosted − debitsPosted") long balance,
        @Schema(description = "balance − debitsPending") long available,
        long version,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time", nullable = true) @Nullable String closedAt) {
}
