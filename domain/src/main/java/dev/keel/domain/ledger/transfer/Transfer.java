package dev.keel.domain.ledger.transfer;

import dev.keel.domain.identity.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A transfer of {@code terms.amount} from the debit to the credit account. A pending one holds its amount in the
 * accounts' pending totals until it is posted ({@code postedAmount} of it, the rest released), voided or expires.
 */
public record Transfer(TransferId id, TransferTerms terms, TransferState state, Optional<Long> postedAmount,
                       Optional<Instant> expiresAt, Optional<UserId> createdBy, Instant createdAt,
                       Optional<Instant> resolvedAt) {

    public Transfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(postedAmount, "postedAmount");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }

    public boolean isPending() {
        return state == TransferState.PENDING;
    }

    /** Whether a pending transfer's time ran out by {@code now}. */
    public boolean isDueToExpire(Instant now) {
        return isPending() && expiresAt.filter(at -> !at.isAfter(now)).isPresent();
    }

    Transfer resolved(TransferState newState, long posted, Instant now) {
        return new Transfer(id, terms, newState, newState == TransferState.POSTED ? Optional.of(posted) : Optional.empty(),
                expiresAt, createdBy, createdAt, Optional.of(now));
    }
}
