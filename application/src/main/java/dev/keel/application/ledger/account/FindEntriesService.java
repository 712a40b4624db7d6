package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;
import jakarta.inject.Singleton;

/** Its owner or an administrator reads an account's entries, newest first. */
@Singleton
public final class FindEntriesService implements FindEntriesUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    public FindEntriesService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<LedgerEntry> find(Actor actor, AccountId account, PageRequest page) {
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(page);
        return unitOfWork.read(isolation, () -> {
            AccountAccess.visible(accounts, account, actor);
            return accounts.entries(account, page);
        });
    }
}
