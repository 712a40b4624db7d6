package dev.keel.application.ledger.account;

import dev.keel.domain.ledger.account.Account;

public interface OpenAccountUseCase {

    Account open(OpenAccountCommand command);
}
