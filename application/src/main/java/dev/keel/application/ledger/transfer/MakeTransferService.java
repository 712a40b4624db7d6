package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import jakarta.inject.Singleton;

import java.util.List;

/** One transfer: a batch of one (see {@link TransferDesk}), whose refusal (which changed nothing) is thrown as it is. */
@Singleton
public final class MakeTransferService implements MakeTransferUseCase {

    private final TransferDesk desk;

    public MakeTransferService(TransferDesk desk) {
        this.desk = desk;
    }

    @Override
    public TransferResult make(Actor actor, TransferRequest request) {
        return switch (desk.make(actor, List.of(request), false).getFirst()) {
            case BatchItemResult.Made made -> made.result();
            case BatchItemResult.Refused refused -> throw refused.reason();
        };
    }
}
