package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.transfer.TransferId;

public interface ResolveTransferUseCase {

    TransferResult resolve(Actor actor, TransferId id, Resolution resolution);
}
