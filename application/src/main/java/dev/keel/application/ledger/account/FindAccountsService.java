package dev.keel.application.ledger.account;

import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountFilter;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.shared.paging.Page;
import jakarta.inject.Singleton;

import java.util.Optional;

/** A user lists their own accounts; an administrator every account. */
@Singleton
public final class FindAccountsService implements FindAccountsUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;

    public FindAccountsService(AccountRepository accounts, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<Account> find(AccountsQuery query) {
        AccountFilter filter = new AccountFilter(query.actor().isAdministrator() ? Optional.empty() : Optional.of(query.actor().userId()),
                query.currency());
        UnitOfWork.Isolation isolation = UnitOfWork.Isolation.forPage(query.page());
        return unitOfWork.read(isolation, () -> accounts.find(filter, query.page()));
    }
}
