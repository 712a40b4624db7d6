package dev.keel.application.ledger.account;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.IdGenerator;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.account.LedgerRuleException;
import jakarta.inject.Singleton;

/**
 * A user opens accounts they own; only an administrator opens them for others, or without owner (system accounts).
 * An owner must be a live user (422 {@code unknown-owner}).
 */
@Singleton
public final class OpenAccountService implements OpenAccountUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final IdGenerator ids;
    private final LedgerAdministrators administrators;

    public OpenAccountService(AccountRepository accounts, UnitOfWork unitOfWork, Clock clock, IdGenerator ids,
                              LedgerAdministrators administrators) {
        this.administrators = administrators;
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public Account open(OpenAccountCommand command) {
        boolean forOthers = !command.owner().equals(java.util.Optional.of(command.actor().userId()));
        String refusal = "only an administrator opens accounts for others or without owner";
        if (forOthers && !command.actor().isAdministrator()) {
            throw new LedgerAccessDeniedException(refusal);
        }
        Account account = Account.open(new AccountId(ids.newId()), command.code(), command.name(), command.currency(),
                command.owner(), command.debitsMustNotExceedCredits(), command.creditsMustNotExceedDebits(), clock.now());
        boolean opened = unitOfWork.write(() -> {
            if (forOthers) {
                administrators.require(command.actor(), refusal);
            }
            return accounts.add(account);
        });
        if (!opened) {
            throw LedgerRuleException.unknownOwner(account.ownerId().orElseThrow());
        }
        return account;
    }
}
