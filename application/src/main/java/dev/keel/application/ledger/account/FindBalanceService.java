package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import jakarta.inject.Singleton;

import java.time.Instant;

/** The balance an account had at an instant: the running balance of its last entry by then (one snapshot). */
@Singleton
public final class FindBalanceService implements FindBalanceUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public FindBalanceService(AccountRepository accounts, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public BalanceAt balanceAsOf(Actor actor, AccountId account, Instant asOf) {
        Instant at = asOf == null ? clock.now() : asOf;
        return unitOfWork.read(UnitOfWork.Isolation.REPEATABLE_READ, () -> {
            AccountAccess.visible(accounts, account, actor);
            return new BalanceAt(at, accounts.balanceAsOf(account, at));
        });
    }
}
