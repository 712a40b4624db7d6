package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.Violations;
import jakarta.inject.Singleton;

import java.util.List;

/** A batch of transfers (see {@link TransferDesk}). */
@Singleton
public final class MakeTransfersService implements MakeTransfersUseCase {

    private final TransferDesk desk;

    public MakeTransfersService(TransferDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<BatchItemResult> make(Actor actor, List<TransferRequest> requests, boolean atomic) {
        var violations = new Violations();
        MakeTransfersUseCase.checkSize(violations, "transfers", requests.size());
        violations.throwIfAny();
        return desk.make(actor, requests, atomic);
    }
}
