package dev.keel.adapter.web.ledger;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** One transfer as a client asks for it: the body of POST /ledger/transfers, and each item of a batch. */
@Schema(name = "TransferRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
        requiredProperties = {"id", "debitAccountId", "creditAccountId", "amount", "currency"})
public record TransferBody(
        @Schema(format = "uuid", description = "Chosen by the client; the idempotency key of the transfer") UUID id,
        @Schema(format = "uuid") UUID debitAccountId,
        @Schema(format = "uuid") UUID creditAccountId,
        @Schema(type = "integer", format = "int64", description = "Minor units of the currency, a whole number; outside 1 to 9007199254740991 it is a 422",
                minimum = "1", maximum = "9007199254740991") BigDecimal amount,
        @Schema(description = "ISO 4217; both accounts must hold it", minLength = 3, maxLength = 3) String currency,
        @Schema(nullable = true, description = "true: reserve the amount until posted or voided") @Nullable Boolean pending,
        @Schema(nullable = true, description = "Pending only: it expires and releases its amount after this many seconds", minimum = "1") @Nullable Integer timeoutSeconds,
        @Schema(nullable = true, maxLength = 255) @Nullable String reference) {
}
