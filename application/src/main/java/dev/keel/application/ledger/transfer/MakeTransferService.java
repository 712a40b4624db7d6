package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * One transfer, made in a batch with those that arrive at the same time ({@link TransferBatcher}), or alone as the
 * batcher makes a request that failed its batch; its refusal (which changed nothing) is thrown as it is.
 */
@Singleton
public final class MakeTransferService implements MakeTransferUseCase {

    private final TransferBatcher batcher;
    private final TransferDesk desk;

    public MakeTransferService(TransferBatcher batcher, TransferDesk desk) {
        this.batcher = batcher;
        this.desk = desk;
    }

    @Override
    public TransferResult make(Actor actor, TransferRequest request) {
        return outcome(batcher.make(actor, request));
    }

    @Override
    public TransferResult makeUnbatched(Actor actor, TransferRequest request) {
        return outcome(desk.make(actor, List.of(request), false).getFirst());
    }

    private static TransferResult outcome(BatchItemResult result) {
        return switch (result) {
            case BatchItemResult.Made made -> made.result();
            case BatchItemResult.Refused refused -> throw refused.reason();
        };
    }
}
