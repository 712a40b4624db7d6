package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.transfer.TransferState;
import dev.keel.domain.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

public record TransfersQuery(Actor actor, Optional<AccountId> account, Optional<TransferState> state,
                             Optional<Instant> createdAfter, Optional<Instant> createdBefore, PageRequest page) {

    public TransfersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAfter, "createdAfter");
        Objects.requireNonNull(createdBefore, "createdBefore");
        Objects.requireNonNull(page, "page");
    }
}
