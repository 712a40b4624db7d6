package dev.keel.application.ledger.account;

import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.shared.paging.Page;

public interface FindAccountsUseCase {

    Page<Account> find(AccountsQuery query);
}
