package dev.keel.application.ledger.account;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountNotFoundException;
import dev.keel.domain.ledger.account.AccountRepository;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Its owner or an administrator closes an account that holds nothing (422 otherwise). The account is locked first, so
 * no transfer can slip in between the check and the closing; a closed account is returned as it is.
 */
@Singleton
public final class CloseAccountService implements CloseAccountUseCase {

    private final AccountRepository accounts;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final LedgerAdministrators administrators;

    public CloseAccountService(AccountRepository accounts, UnitOfWork unitOfWork, Clock clock,
                               LedgerAdministrators administrators) {
        this.administrators = administrators;
        this.accounts = accounts;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Account close(Actor actor, AccountId id) {
        return unitOfWork.write(() -> {
            Account account = accounts.lock(List.of(id)).stream().filter(found -> AccountAccess.maySee(actor, found))
                    .findFirst().orElseThrow(() -> new AccountNotFoundException(id));
            if (!account.isOwnedBy(actor.userId())) {
                administrators.require(actor, "only the owner of an account, or an administrator, closes it");
            }
            Account closed = account.close(clock.now());
            if (closed != account) {
                accounts.save(List.of(closed), closed.closedAt().orElseThrow());
            }
            return closed;
        });
    }
}
