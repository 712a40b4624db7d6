package dev.keel.domain.ledger.transfer;

import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountRepository;
import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The store of transfers. */
public interface TransferRepository {

    Optional<Transfer> find(TransferId id);

    /**
     * Locks the accounts among {@code accounts} that exist (as {@link AccountRepository#lock} does), then reads the
     * transfers among {@code ids} that exist, in one round trip. They are read once the locks are held, so a
     * concurrent unit of work with one of these ids has either committed (and is seen) or not yet locked.
     */
    LockedAccounts lockAccountsAndFind(Collection<AccountId> accounts, Collection<TransferId> ids);

    /** The accounts locked, in id order, and the transfers found by id. */
    record LockedAccounts(List<Account> accounts, Map<TransferId, Transfer> transfers) {

        public LockedAccounts {
            accounts = List.copyOf(accounts);
            transfers = Map.copyOf(transfers);
        }
    }

    /** Locks a transfer for its resolution. */
    Optional<Transfer> lock(TransferId id);

    /** Up to {@code max} pending transfers whose time ran out by {@code now}, locked; those another unit of work holds are skipped. */
    List<Transfer> lockExpired(Instant now, int max);

    /**
     * Writes what a unit of work did in its {@link LedgerBook}, at {@code now}: the changed accounts' figures (they were
     * locked), the new transfers, the resolved ones and the entries of everything posted, in one statement.
     */
    void record(LedgerBook book, Instant now);

    /** Transfers newest first: one statement per keyset slice, two per offset page. */
    Page<Transfer> find(TransferFilter filter, PageRequest page);
}
