package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;

public interface MakeTransferUseCase {

    /** Made in a batch with the transfers that arrive at the same time, in a unit of work of their own. */
    TransferResult make(Actor actor, TransferRequest request);

    /**
     * Made on its own, on the caller's thread, in the caller's unit of work when there is one: for a transfer whose
     * effect must commit together with other work of the caller, such as an idempotent request's stored response. A
     * batch is committed by whichever request's thread leads it, so a batched transfer would commit apart from it.
     */
    TransferResult makeUnbatched(Actor actor, TransferRequest request);
}
