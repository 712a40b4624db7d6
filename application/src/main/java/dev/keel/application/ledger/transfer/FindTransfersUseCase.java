package dev.keel.application.ledger.transfer;

import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.shared.paging.Page;

public interface FindTransfersUseCase {

    Page<Transfer> find(TransfersQuery query);
}
