package dev.keel.adapter.web.ledger;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

@Serdeable
@Schema(name = "Reconciliation", requiredProperties = {"balanced", "currencies", "accounts", "transfers", "entries"})
public record ReconciliationResponse(boolean balanced, List<Currency> currencies, long accounts, long transfers, long entries) {

    @Serdeable
    @Schema(name = "ReconciliationCurrency")
    public record Currency(String currency, long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
    }
}
