package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.json.PatchField;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** The body of POST /ledger/accounts. */
@Schema(name = "OpenAccountRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE, requiredProperties = {"name", "currency"})
public record OpenAccountRequest(
        @Schema(nullable = true, description = "Unique; 1 to 64 letters, digits, '.', '_', ':' or '-'", maxLength = 64) @Nullable String code,
        @Schema(minLength = 1, maxLength = 200) String name,
        @Schema(description = "ISO 4217, such as EUR", minLength = 3, maxLength = 3) String currency,
        @Schema(type = "string", format = "uuid", nullable = true,
                description = "Absent: the caller. Another user, or null for a system account: administrators only")
        @Nullable PatchField<UUID> ownerId,
        @Schema(nullable = true, description = "Debits (posted and pending) may never exceed posted credits: no overdraft") @Nullable Boolean debitsMustNotExceedCredits,
        @Schema(nullable = true, description = "Credits (posted and pending) may never exceed posted debits") @Nullable Boolean creditsMustNotExceedDebits) {
}
