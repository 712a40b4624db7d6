package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountNotFoundException;
import dev.keel.domain.ledger.account.AccountRepository;

/** An account is visible to its owner and to administrators; to anyone else it does not exist (404). */
public final class AccountAccess {

    private AccountAccess() {
    }

    public static boolean maySee(Actor actor, Account account) {
        return actor.isAdministrator() || account.isOwnedBy(actor.userId());
    }

    public static Account visible(AccountRepository accounts, AccountId id, Actor actor) {
        return accounts.find(id).filter(account -> maySee(actor, account)).orElseThrow(() -> new AccountNotFoundException(id));
    }
}
