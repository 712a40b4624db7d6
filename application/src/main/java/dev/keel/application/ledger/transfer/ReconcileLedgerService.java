package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.LedgerAccessDeniedException;
import dev.keel.application.shared.UnitOfWork;
import jakarta.inject.Singleton;

/**
 * Administrators reconcile the ledger, read-only at REPEATABLE READ: every check sees the same snapshot. Books out of
 * balance are a {@link LedgerOutOfBalanceException} listing every violation.
 */
@Singleton
public final class ReconcileLedgerService implements ReconcileLedgerUseCase {

    private final LedgerAudit audit;
    private final UnitOfWork unitOfWork;

    public ReconcileLedgerService(LedgerAudit audit, UnitOfWork unitOfWork) {
        this.audit = audit;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Reconciliation reconcile(Actor actor) {
        if (!actor.isAdministrator()) {
            throw new LedgerAccessDeniedException("only an administrator reconciles the ledger");
        }
        Reconciliation result = unitOfWork.read(UnitOfWork.Isolation.REPEATABLE_READ, audit::audit);
        if (!result.balances()) {
            throw new LedgerOutOfBalanceException(result.violations());
        }
        return result;
    }
}
