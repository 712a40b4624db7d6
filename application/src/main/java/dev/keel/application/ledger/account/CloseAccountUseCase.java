package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;

public interface CloseAccountUseCase {

    Account close(Actor actor, AccountId id);
}
