package dev.keel.adapter.web.ledger;

import dev.keel.adapter.web.shared.query.ListOf;
import dev.keel.adapter.web.shared.query.ListParameters;
import dev.keel.domain.ledger.transfer.TransferSortField;
import dev.keel.domain.ledger.transfer.TransferState;
import dev.keel.domain.shared.time.CreationWindow;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Introspected
@ListOf(name = "ledger-transfers", sortFields = TransferSortField.class, defaultSort = "createdAt")
record TransferListParameters(
        @Nullable @QueryValue @Schema(format = "uuid", description = "Transfers debiting or crediting this account (one of the caller's)") UUID accountId,
        @Nullable @QueryValue TransferState state,
        @Nullable @QueryValue @Schema(format = "date-time", description = "Created after this instant (exclusive)") Instant createdAfter,
        @Nullable @QueryValue @Schema(format = "date-time",
                description = "Created before this instant (exclusive); must be later than createdAfter")
        Instant createdBefore,
        @Nullable @QueryValue @Schema(description = "createdAt (newest first, the only order)") String sort) implements ListParameters<TransferListParameters> {

    @Override
    public TransferListParameters filter() {
        CreationWindow.requireOpen(Optional.ofNullable(createdAfter), Optional.ofNullable(createdBefore));
        return this;
    }
}
