package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import jakarta.inject.Singleton;

/** Its owner or an administrator reads an account: one statement. */
@Singleton
public final class FindAccountService implements FindAccountUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    public FindAccountService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Account find(Actor actor, AccountId id) {
        return unitOfWork.read(() -> AccountAccess.visible(accounts, id, actor));
    }
}
