package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferId;

public interface FindTransferUseCase {

    Transfer find(Actor actor, TransferId id);
}
