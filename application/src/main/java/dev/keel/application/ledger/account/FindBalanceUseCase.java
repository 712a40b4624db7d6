package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.AccountId;

import java.time.Instant;

public interface FindBalanceUseCase {

    /** The posted balance at {@code asOf} (now when null), read from the entries. */
    BalanceAt balanceAsOf(Actor actor, AccountId account, Instant asOf);

    record BalanceAt(Instant asOf, long balance) {
    }
}
