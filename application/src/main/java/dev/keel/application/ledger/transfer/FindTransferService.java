package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferNotFoundException;
import dev.keel.domain.ledger.transfer.TransferRepository;
import jakarta.inject.Singleton;

/** Administrators and the owners of either account read a transfer: the transfer, then its two accounts. */
@Singleton
public final class FindTransferService implements FindTransferUseCase {

    private final AccountRepository accounts;
    private final TransferRepository transfers;
    private final UnitOfWork unitOfWork;

    public FindTransferService(AccountRepository accounts, TransferRepository transfers, UnitOfWork unitOfWork) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Transfer find(Actor actor, TransferId id) {
        return unitOfWork.read(() -> transfers.find(id)
                .filter(transfer -> actor.isAdministrator() || TransferVisibility.maySee(actor,
                        accounts.find(transfer.terms().debitAccountId()), accounts.find(transfer.terms().creditAccountId())))
                .orElseThrow(() -> new TransferNotFoundException(id)));
    }
}
