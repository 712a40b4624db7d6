package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;

public interface ReconcileLedgerUseCase {

    Reconciliation reconcile(Actor actor);
}
