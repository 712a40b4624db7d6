package dev.keel.domain.ledger.account;

import dev.keel.domain.shared.paging.Page;
import dev.keel.domain.shared.paging.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The store of ledger accounts and their entries. */
public interface AccountRepository {

    Optional<Account> find(AccountId id);

    /** Accounts newest first: one statement per keyset slice, two per offset page. */
    Page<Account> find(AccountFilter filter, PageRequest page);

    /**
     * Stores a new account unless it has an owner who is no live user (none with that id, or soft-deleted): then
     * stores nothing and answers false. {@code AccountCodeTakenException} when another account has its code.
     */
    boolean add(Account account);

    /**
     * Locks the accounts among {@code ids} that exist, always in id order (so that no two units of work can wait for
     * each other), and reads them as they are under the lock.
     */
    List<Account> lock(Collection<AccountId> ids);

    /** Writes the figures, version and closing of accounts this unit of work locked and changed, at {@code now}: one statement. */
    void save(Collection<Account> changed, Instant now);

    /** The account's entries, newest first. */
    Page<LedgerEntry> entries(AccountId account, PageRequest page);

    /** The posted balance right after the last entry at or before {@code asOf}; zero before the first. */
    long balanceAsOf(AccountId account, Instant asOf);
}
