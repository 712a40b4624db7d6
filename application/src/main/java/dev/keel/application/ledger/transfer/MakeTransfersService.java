package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.domain.shared.ValidationException;
import jakarta.inject.Singleton;

import java.util.List;

/** A batch of transfers (see {@link TransferDesk}). */
@Singleton
public final class MakeTransfersService implements MakeTransfersUseCase {

    public static final int MAX_BATCH = 1000;

    private final TransferDesk desk;

    public MakeTransfersService(TransferDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<BatchItemResult> make(Actor actor, List<TransferRequest> requests, boolean atomic) {
        if (requests.isEmpty() || requests.size() > MAX_BATCH) {
            throw ValidationException.of("transfers", "must hold 1 to " + MAX_BATCH + " transfers");
        }
        return desk.make(actor, requests, atomic);
    }
}
