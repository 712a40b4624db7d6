package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;

public interface MakeTransferUseCase {

    TransferResult make(Actor actor, TransferRequest request);
}
