package dev.keel.adapter.web.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Transfer", requiredProperties = {"id", "debitAccountId", "creditAccountId", "amount", "currency", "pending",
        "timeoutSeconds", "reference", "state", "postedAmount", "expiresAt", "createdAt", "resolvedAt"})
public record TransferResponse(
        @Schema(format = "uuid") String id,
        @Schema(format = "uuid") String debitAccountId,
        @Schema(format = "uuid") String creditAccountId,
        long amount,
        String currency,
        boolean pending,
        @Schema(nullable = true) @Nullable Integer timeoutSeconds,
        @Schema(nullable = true) @Nullable String reference,
        @Schema(allowableValues = {"PENDING", "POSTED", "VOIDED", "EXPIRED"}) String state,
        @Schema(nullable = true, description = "What was posted (all of amount, or less for a partly posted pending transfer)") @Nullable Long postedAmount,
        @Schema(format = "date-time", nullable = true) @Nullable String expiresAt,
        @Schema(format = "date-time") String createdAt,
        @Schema(format = "date-time", nullable = true) @Nullable String resolvedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "Only when made or resolved: the debit account right after") @Nullable AccountFigures debitAccount,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "Only when made or resolved: the credit account right after") @Nullable AccountFigures creditAccount) {

    @Serdeable
    @Schema(name = "AccountFigures", requiredProperties = {"id", "balance", "available", "version"})
    public record AccountFigures(@Schema(format = "uuid") String id, long balance, long available, long version) {
    }
}
