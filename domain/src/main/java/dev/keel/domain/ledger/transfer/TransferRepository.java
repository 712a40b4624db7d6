package dev.keel.domain.ledger.transfer;

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

    /** The existing transfers among {@code ids}: one statement. */
    Map<TransferId, Transfer> findAll(Collection<TransferId> ids);

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
