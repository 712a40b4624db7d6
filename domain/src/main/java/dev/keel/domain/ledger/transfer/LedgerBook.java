package dev.keel.domain.ledger.transfer;

import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.ledger.account.Account;
import dev.keel.domain.ledger.account.AccountId;
import dev.keel.domain.ledger.account.AccountNotFoundException;
import dev.keel.domain.ledger.account.EntrySide;
import dev.keel.domain.ledger.account.LedgerEntry;
import dev.keel.domain.ledger.account.LedgerRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts one unit of work has locked, and what it does to them: transfers made, posted, voided or expired, one
 * after another, each against the accounts as the ones before left them. A refused operation changes nothing here, so a
 * batch goes on with the next one (or gives up, when it is atomic); at the end the changed accounts, the transfers and
 * their entries are written at once.
 */
public final class LedgerBook {

    private final Map<AccountId, Account> accounts = new LinkedHashMap<>();
    private final Set<AccountId> changed = new LinkedHashSet<>();
    private final List<Transfer> created = new ArrayList<>();
    private final List<Transfer> resolved = new ArrayList<>();
    private final List<LedgerEntry> entries = new ArrayList<>();

    public LedgerBook(Collection<Account> locked) {
        locked.forEach(account -> accounts.put(account.id(), account));
    }

    public Optional<Account> account(AccountId id) {
        return Optional.ofNullable(accounts.get(id));
    }

    /** Makes a transfer: posted at once, or pending (expiring {@code timeoutSeconds} after {@code now}, when given). */
    public Transfer make(TransferId id, TransferTerms terms, UserId by, Instant now) {
        terms.requireValid();
        Account debit = existing(terms.debitAccountId());
        Account credit = existing(terms.creditAccountId());
        requireCurrency(debit, terms);
        requireCurrency(credit, terms);
        Account debited = debit.debit(terms.amount(), terms.pending());
        Account credited = credit.credit(terms.amount(), terms.pending());
        Transfer transfer = new Transfer(id, terms, terms.pending() ? TransferState.PENDING : TransferState.POSTED,
                terms.pending() ? Optional.empty() : Optional.of(terms.amount()),
                terms.pending() ? terms.timeoutSeconds().map(seconds -> now.plusSeconds(seconds)) : Optional.empty(),
                Optional.of(by), now, terms.pending() ? Optional.empty() : Optional.of(now));
        apply(debited, credited);
        created.add(transfer);
        if (!terms.pending()) {
            entries(transfer, debited, credited, terms.amount(), now);
        }
        return transfer;
    }

    /** Posts {@code amount} (all of it when empty) of a pending transfer and releases the rest. */
    public Transfer post(Transfer pending, Optional<Long> amount, Instant now) {
        long held = pending.terms().amount();
        long posted = amount.orElse(held);
        if (posted < 1 || posted > held) {
            throw posted < 1 ? LedgerRuleException.amountOutOfRange() : new PendingAmountExceededException(pending.id(), held);
        }
        return settle(pending, TransferState.POSTED, posted, now);
    }

    /** Releases a pending transfer's amount: voided by a client, or expired. */
    public Transfer release(Transfer pending, TransferState outcome, Instant now) {
        return settle(pending, outcome, 0, now);
    }

    public Collection<Account> changedAccounts() {
        return changed.stream().map(accounts::get).toList();
    }

    public List<Transfer> created() {
        return List.copyOf(created);
    }

    public List<Transfer> resolved() {
        return List.copyOf(resolved);
    }

    public List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    private Transfer settle(Transfer pending, TransferState outcome, long posted, Instant now) {
        if (!pending.isPending()) {
            throw TransferConflictException.alreadyResolved(pending.id(), pending.state());
        }
        long held = pending.terms().amount();
        Account debited = existing(pending.terms().debitAccountId()).settleDebit(held, posted);
        Account credited = existing(pending.terms().creditAccountId()).settleCredit(held, posted);
        Transfer transfer = pending.resolved(outcome, posted, now);
        apply(debited, credited);
        resolved.add(transfer);
        if (posted > 0) {
            entries(transfer, debited, credited, posted, now);
        }
        return transfer;
    }

    private void apply(Account debited, Account credited) {
        accounts.put(debited.id(), debited);
        accounts.put(credited.id(), credited);
        changed.add(debited.id());
        changed.add(credited.id());
    }

    private void entries(Transfer transfer, Account debited, Account credited, long amount, Instant now) {
        entries.add(new LedgerEntry(transfer.id(), debited.id(), EntrySide.DEBIT, amount, debited.balance(), debited.version(), now));
        entries.add(new LedgerEntry(transfer.id(), credited.id(), EntrySide.CREDIT, amount, credited.balance(), credited.version(), now));
    }

    private Account existing(AccountId id) {
        Account account = accounts.get(id);
        if (account == null) {
            throw new AccountNotFoundException(id);
        }
        return account;
    }

    private static void requireCurrency(Account account, TransferTerms terms) {
        if (!account.currency().equals(terms.currency())) {
            throw LedgerRuleException.currencyMismatch(account.id(), account.currency().code(), terms.currency().code());
        }
    }
}
