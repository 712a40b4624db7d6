package dev.keel.adapter.web.ledger;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "LedgerEntry", requiredProperties = {"transferId", "side", "amount", "balanceAfter", "accountVersion", "at"})
public record EntryResponse(
        @Schema(format = "uuid") String transferId,
        @Schema(allowableValues = {"DEBIT", "CREDIT"}) String side,
        long amount,
        @Schema(description = "The account's posted balance right after this entry") long balanceAfter,
        @Schema(description = "The account's version this entry made") long accountVersion,
        @Schema(format = "date-time") String at) {
}
