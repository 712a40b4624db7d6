package dev.keel.adapter.web.ledger;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigInteger;
import java.util.List;

@Serdeable
@Schema(name = "Reconciliation", requiredProperties = {"balanced", "currencies", "accounts", "transfers", "entries"})
public record ReconciliationResponse(boolean balanced, List<Currency> currencies, long accounts, long transfers, long entries) {

    static final String TOTAL = "The sum over the currency's accounts, in minor units: an exact integer that may pass "
            + "2^53 - 1 (read it as a big integer, not a double)";

    /** A currency's totals over all its accounts: exact JSON integers, which may pass 2^53 - 1 (and 2^63 - 1). */
    @Serdeable
    @Schema(name = "ReconciliationCurrency",
            requiredProperties = {"currency", "debitsPosted", "creditsPosted", "debitsPending", "creditsPending"})
    public record Currency(String currency, @Schema(description = TOTAL) BigInteger debitsPosted,
                           @Schema(description = TOTAL) BigInteger creditsPosted,
                           @Schema(description = TOTAL) BigInteger debitsPending,
                           @Schema(description = TOTAL) BigInteger creditsPending) {
    }
}
