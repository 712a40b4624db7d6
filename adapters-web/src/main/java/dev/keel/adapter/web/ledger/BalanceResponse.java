package dev.keel.adapter.web.ledger;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "LedgerBalance", requiredProperties = {"accountId", "asOf", "balance"})
public record BalanceResponse(@Schema(format = "uuid") String accountId, @Schema(format = "date-time") String asOf,
                              @Schema(description = "Posted balance at that instant, from the entries") long balance) {
}
