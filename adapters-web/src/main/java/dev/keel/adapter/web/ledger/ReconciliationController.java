package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.ApiProblems;
import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.transfer.ReconcileLedgerUseCase;
import dev.keel.application.ledger.transfer.Reconciliation;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The ledger's books checked in one snapshot (administrators). */
@Controller("/api/v1/ledger/reconciliation")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Ledger")
public class ReconciliationController {

    private final ReconcileLedgerUseCase reconcile;

    ReconciliationController(ReconcileLedgerUseCase reconcile) {
        this.reconcile = reconcile;
    }

    @Get
    @Operation(summary = "Reconcile the ledger",
            description = "ADMIN only. In one REPEATABLE READ snapshot: per currency, total debits equal total credits (posted and pending); every account's totals equal the sums of its entries and pending transfers; every posted transfer's two entries net to zero; no account beyond its own limit. 409 ledger-out-of-balance listing each violation in errors.")
    @ApiResponse(responseCode = "200", description = "The books balance", content = @Content(schema = @Schema(implementation = ReconciliationResponse.class)))
    @ApiProblems.Common
    @ApiProblems.Conflict
    @ApiProblems.Unauthorized
    @ApiProblems.Forbidden
    ReconciliationResponse get(@Parameter(hidden = true) Actor actor) {
        Reconciliation result = reconcile.reconcile(actor);
        return new ReconciliationResponse(true, result.currencies().stream().map(totals -> new ReconciliationResponse.Currency(
                totals.currency().code(), totals.debitsPosted(), totals.creditsPosted(), totals.debitsPending(),
                totals.creditsPending())).toList(), result.accounts(), result.transfers(), result.entries());
    }
}
