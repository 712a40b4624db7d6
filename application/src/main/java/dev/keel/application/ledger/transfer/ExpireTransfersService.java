package dev.keel.application.ledger.transfer;

import dev.keel.application.shared.Clock;
import dev.keel.application.shared.DatabaseUnavailableException;
import dev.keel.application.shared.UnitOfWork;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.ledger.transfer.LedgerBook;
import dev.keel.domain.ledger.transfer.Transfer;
import dev.keel.domain.ledger.transfer.TransferRepository;
import dev.keel.domain.ledger.transfer.TransferState;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.TreeSet;

/**
 * The sweeper: expires due pending transfers in rounds of {@link #ROUND}, each round one unit of work that locks its
 * transfers (skipping those another unit of work is resolving), then their accounts in id order.
 */
@Singleton
public final class ExpireTransfersService implements ExpireTransfersUseCase {

    static final int ROUND = 100;

    private final AccountRepository accounts;
    private final TransferRepository transfers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ExpireTransfersService(AccountRepository accounts, TransferRepository transfers, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.transfers = transfers;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public int expireDue() {
        int expired = 0;
        int round;
        do {
            round = unitOfWork.writeRetryingConflicts(() -> {
                Instant now = clock.now();
                List<Transfer> due = transfers.lockExpired(now, ROUND);
                if (due.isEmpty()) {
                    return 0;
                }
                TreeSet<AccountId> ids = new TreeSet<>();
                due.forEach(transfer -> {
                    ids.add(transfer.terms().debitAccountId());
                    ids.add(transfer.terms().creditAccountId());
                });
                LedgerBook book = new LedgerBook(accounts.lock(ids));
                due.forEach(transfer -> book.release(transfer, TransferState.EXPIRED, now));
                transfers.record(book, now);
                return due.size();
            }, () -> new DatabaseUnavailableException("expiring pending transfers kept colliding; the next run goes on", null));
            expired += round;
        } while (round == ROUND);
        return expired;
    }
}
