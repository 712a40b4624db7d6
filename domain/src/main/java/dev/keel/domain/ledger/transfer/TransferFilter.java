package dev.keel.domain.ledger.transfer;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.shared.time.CreationWindow;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which transfers a list shows: those touching accounts of {@code visibleTo} (empty: all, for administrators), of one
 * account, in one state, created in a time window (exclusive bounds).
 */
public record TransferFilter(Optional<UserId> visibleTo, Optional<AccountId> account, Optional<TransferState> state,
                             Optional<Instant> createdAfter, Optional<Instant> createdBefore) {

    public TransferFilter {
        Objects.requireNonNull(visibleTo, "visibleTo");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAfter, "createdAfter");
        Objects.requireNonNull(createdBefore, "createdBefore");
        CreationWindow.requireOpen(createdAfter, createdBefore);
    }
}
