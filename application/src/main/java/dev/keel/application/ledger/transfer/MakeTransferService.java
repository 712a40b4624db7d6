package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import jakarta.inject.Singleton;

/**
 * One transfer, made in a batch with those that arrive at the same time ({@link TransferBatcher}); its refusal (which
 * changed nothing) is thrown as it is.
 */
@Singleton
public final class MakeTransferService implements MakeTransferUseCase {

    private final TransferBatcher batcher;

    public MakeTransferService(TransferBatcher batcher) {
        this.batcher = batcher;
    }

    @Override
    public TransferResult make(Actor actor, TransferRequest request) {
        return switch (batcher.make(actor, request)) {
            case BatchItemResult.Made made -> made.result();
            case BatchItemResult.Refused refused -> throw refused.reason();
        };
    }
}
