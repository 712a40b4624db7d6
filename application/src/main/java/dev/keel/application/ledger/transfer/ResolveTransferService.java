package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.ledger.account.LedgerAdministrators;
import dev.keel.application.shared.Clock;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferConflictException;
import dev.keel.domain.ledger.transfer.TransferId;
import dev.keel.domain.ledger.transfer.TransferNotFoundException;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.ledger.transfer.TransferState;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Posts or voids a pending transfer, once: the transfer is locked, then its accounts in id order; a transfer already
 * resolved is a 409. One whose time ran out is expired here and now (its amount released, committed) and then answered
 * as the 409 it is. The owner of the debit account or an administrator may do it.
 */
@Singleton
public final class ResolveTransferService implements ResolveTransferUseCase {

    private final AccountRepository accounts;
    private final TransferRepository transfers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final LedgerAdministrators administrators;

    public ResolveTransferService(AccountRepository accounts, TransferRepository transfers, UnitOfWork unitOfWork,
                                  Clock clock, LedgerAdministrators administrators) {
        this.administrators = administrators;
        this.accounts = accounts;
        this.transfers = transfers;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public TransferResult resolve(Actor actor, TransferId id, Resolution resolution) {
        TransferResult result = unitOfWork.writeRetryingConflicts(() -> {
            Transfer pending = transfers.lock(id).orElseThrow(() -> new TransferNotFoundException(id));
            LedgerBook book = new LedgerBook(accounts.lock(List.of(pending.terms().debitAccountId(), pending.terms().creditAccountId())));
            if (!TransferVisibility.maySee(book, actor, pending)) {
                throw new TransferNotFoundException(id);
            }
            TransferDesk.requireMayDebit(book, actor, pending.terms().debitAccountId(), administrators::confirmed);
            var now = clock.now();
            Transfer resolved;
            if (pending.isDueToExpire(now)) {
                resolved = book.release(pending, TransferState.EXPIRED, now);
            } else {
                resolved = switch (resolution) {
                    case Resolution.Post post -> book.post(pending, post.amount(), now);
                    case Resolution.Void ignored -> book.release(pending, TransferState.VOIDED, now);
                };
            }
            transfers.record(book, now);
            return TransferDesk.result(book, resolved, false);
        }, () -> new DatabaseUnavailableException("the transfer kept colliding with concurrent changes; retry it", null));
        if (result.transfer().state() == TransferState.EXPIRED) {
            throw TransferConflictException.alreadyResolved(id, TransferState.EXPIRED);
        }
        return result;
    }
}
